import { Badge } from "@/components/ui/badge";

/** Shown next to every fictional demo hospital, wherever it appears. */
export function DemoBadge() {
  return (
    <Badge tone="warning" title="A fictional hospital: its prices are made up for demonstration">
      Demo data
    </Badge>
  );
}
