import type { Detection } from '@/lib/flags/schema';

/** The taxa and trade terms recorded with an observation, with their CITES Appendix and EU Annex. */
export function FlagDetections({ detections }: { detections: Detection[] }) {
  if (detections.length === 0) return <p>No listed species were detected on the page.</p>;
  return (
    <table aria-label="Detected taxa">
      <thead>
        <tr><th>Detected</th><th>CITES</th><th>EU</th><th>Words on the page</th></tr>
      </thead>
      <tbody>
        {detections.map((detection) => (
          <tr key={detection.entryId}>
            <td>{detection.label}</td>
            <td>{detection.appendix === 'nc' ? 'not listed' : `App. ${detection.appendix}`}</td>
            <td>{detection.euAnnex === 'none' ? '–' : `Annex ${detection.euAnnex}`}</td>
            <td>{detection.matched.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
