export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Skinfacts explains aesthetic skin treatments. It is general information, not medical advice: talk to
          a qualified practitioner about your own skin.
        </p>
      </div>
    </footer>
  );
}
