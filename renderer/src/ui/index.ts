// The shared UI pieces every feature page uses.
export { Alert } from './Alert';
export { Button, type ButtonProps } from './Button';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export { DateInput, type DateInputProps } from './DateInput';
export { confirmLeave, hasUnsavedWork, isChanged, leaveThen, useUnsavedGuard } from './unsaved';
export { FilePickButton } from './FilePickButton';
export { FormField, type FormFieldProps } from './FormField';
export { Icon, type IconName } from './Icon';
export { ReasonDialog, type ReasonDialogProps } from './ReasonDialog';
export { Tabs, type TabItem } from './Tabs';
export { TextInput, type TextInputProps } from './TextInput';
export { ToastProvider, useToast, type Toaster, type ToastKind } from './Toasts';
export { PageHeader } from './PageHeader';
export { gridTheme } from './gridTheme';
