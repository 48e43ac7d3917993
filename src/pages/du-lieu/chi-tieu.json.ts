import { jsonResponse, targetDownload } from '../../data/downloads.ts';

/** The target definitions download's index: how many, and the address of each part (du-lieu/chi-tieu/phan-N.json). */
export async function GET() {
  return jsonResponse((await targetDownload()).index);
}
