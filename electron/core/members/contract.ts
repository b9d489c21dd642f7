// The members' shared contract: who may do what. Clerks keep the roster and collect dues (admins may too);
// everyone who reads the office's rosters reads it, as for volunteers.
export { VOLUNTEER_CLERKS as MEMBER_CLERKS, VOLUNTEER_READERS as MEMBER_READERS } from '../volunteers/contract';
