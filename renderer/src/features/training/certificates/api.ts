// The certificate pages' calls: the app's one typed client (every register method is in the contract).
export { call as certificateCall } from '../../../api/client';
