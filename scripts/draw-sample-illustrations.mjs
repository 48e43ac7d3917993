// Draws the simple illustrations used by sample content (no photographs, nothing downloaded).
// Run: node scripts/draw-sample-illustrations.mjs (plain JavaScript: any Node from 20 runs it)
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

function borderMarker() {
  const canvas = createCanvas(1200, 800);
  const g = canvas.getContext('2d');
  g.fillStyle = '#dbe9f4';
  g.fillRect(0, 0, 1200, 800);
  // Three ranges of mountains.
  for (const [color, peaks] of [
    [
      '#9fb8a3',
      [
        [0, 300],
        [260, 180],
        [520, 320],
        [800, 160],
        [1200, 300],
      ],
    ],
    [
      '#6f9a76',
      [
        [0, 460],
        [300, 330],
        [640, 470],
        [940, 340],
        [1200, 450],
      ],
    ],
    [
      '#4d7a55',
      [
        [0, 640],
        [400, 560],
        [760, 650],
        [1200, 580],
      ],
    ],
  ]) {
    g.fillStyle = color;
    g.beginPath();
    g.moveTo(0, 800);
    for (const [x, y] of peaks) g.lineTo(x, y);
    g.lineTo(1200, 800);
    g.closePath();
    g.fill();
  }
  // A border marker: a grey post with a red band.
  g.fillStyle = '#e6e6e6';
  g.fillRect(540, 470, 120, 230);
  g.fillStyle = '#b22222';
  g.fillRect(540, 500, 120, 40);
  g.strokeStyle = '#333';
  g.lineWidth = 4;
  g.strokeRect(540, 470, 120, 230);
  // Two walkers on the path.
  g.fillStyle = '#2f3b2f';
  for (const x of [330, 400]) {
    g.beginPath();
    g.arc(x, 600, 16, 0, Math.PI * 2);
    g.fill();
    g.fillRect(x - 12, 616, 24, 60);
  }
  g.fillStyle = '#1a1a1a';
  g.font = 'bold 40px sans-serif';
  g.fillText('Tranh minh họa', 40, 70);
  return canvas.toBuffer('image/png');
}

writeFileSync('content/mo-hinh/anh/tuan-tra-moc-gioi-minh-hoa.png', borderMarker());
