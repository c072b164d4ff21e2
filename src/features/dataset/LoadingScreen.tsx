export function LoadingScreen({ progress }: { progress: number | null }) {
  return (
    <div className="screen" role="status" aria-live="polite">
      <p>Loading the chronology…</p>
      {progress === null ? (
        <progress aria-label="Loading the data" />
      ) : (
        <progress aria-label="Loading the data" max={1} value={progress}>
          {Math.round(progress * 100)} %
        </progress>
      )}
    </div>
  );
}
