export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm leading-6 text-slate-700">
        <p>
          Prices come from the machine-readable standard-charge files that US hospitals publish under the federal
          Hospital Price Transparency rule (45 CFR 180). They are shown as each hospital published them; what you pay
          depends on your insurance, your care and your provider.
        </p>
        <p>
          Hospitals marked <strong>Demo data</strong> are fictional and their prices are made up, for demonstration
          only.
        </p>
      </div>
    </footer>
  );
}
