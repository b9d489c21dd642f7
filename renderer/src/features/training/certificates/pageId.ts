// The register's page id: #/training-certificates, its dialog, print views and a course's certificates under it.
export const CERTIFICATES_PAGE = 'training-certificates';
