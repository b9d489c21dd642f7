// The training report pages' calls: the app's one typed client (every training method is in the contract).
export { call as trainingCall } from '../../api/client';
