import { jsonResponse, modelDownload } from '../../data/downloads.ts';

/** The models download's index: how many models, and the address of each part (du-lieu/mo-hinh/phan-N.json). */
export async function GET() {
  return jsonResponse((await modelDownload()).index);
}
