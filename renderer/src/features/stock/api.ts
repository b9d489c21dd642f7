// The warehouse pages' calls: the app's one typed client (every stock method is in the contract).
export { call as stockCall } from '../../api/client';
