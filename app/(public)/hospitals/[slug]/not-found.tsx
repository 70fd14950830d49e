import { TextLink } from "@/components/ui/text-link";

export default function HospitalNotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Hospital not found</h1>
      <p className="text-slate-700">
        We have no hospital at this address. It may have been renamed, or the link may be mistyped.
      </p>
      <p>
        <TextLink href="/search">Search prices</TextLink> to find hospitals that offer a service.
      </p>
    </div>
  );
}
