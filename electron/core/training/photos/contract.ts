// Holders' photos (证件照) printed on certificates: one JPEG of at most 50 KB per person, scaled down by the page
// before it is sent. A folder of photos is matched to people by the ID number in each file's name.
export const PHOTO_MAX_BYTES = 50 * 1024;

export interface PersonPhoto {
  personId: string;
  /** A data: URL of the JPEG, or null when the person has no photo. */
  dataUrl: string | null;
}

export interface PhotoFile {
  /** The file's name as chosen (e.g. 321302199001011234.jpg); its ID number names the person. */
  name: string;
  /** The JPEG, base64. */
  jpeg: string;
}

export interface PhotosImported {
  saved: number;
  /** Files that named nobody: the file name and why (an error code; the ID number in it masked). */
  unmatched: { name: string; code: string }[];
}
