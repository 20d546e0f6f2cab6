/** Renders a flow as a Mermaid flowchart for documentation (`npm run flows:diagram`). */
import { SUBMIT, type Flow } from "./types.ts";

const node = (id: string) => (id === SUBMIT ? "submit" : id.replace(/[^A-Za-z0-9_]/g, "_"));

export function toMermaid(flow: Flow, label: (id: string) => string = (id) => id): string {
  const lines = ["flowchart TD", `  ${node(SUBMIT)}(["sent ✅"])`];
  for (const [id, s] of Object.entries(flow.steps)) {
    const text = label(s.prompt).split("\n")[0]?.replaceAll('"', "'") ?? id;
    lines.push(`  ${node(id)}["${text}${s.when ? ` (if ${Object.keys(s.when).join(", ")})` : ""}"]`);
    if (s.type === "choice") {
      const grouped = new Map<string, string[]>();
      for (const o of s.options) {
        const to = o.next ?? s.next;
        grouped.set(to, [
          ...(grouped.get(to) ?? []),
          label(o.label).replaceAll('"', "'") + (o.card ? ` 🆘 ${o.card}` : ""),
        ]);
      }
      for (const [to, labels] of grouped)
        lines.push(`  ${node(id)} -->|"${labels.join(" / ")}"| ${node(to)}`);
    } else {
      lines.push(`  ${node(id)} --> ${node(s.next)}`);
    }
    // A conditional step is skipped straight to its next when the condition does not hold.
    if (s.when)
      lines.push(
        `  ${node(id)} -.->|"skipped unless ${Object.entries(s.when)
          .map(([k, v]) => `${k}: ${v.join("/")}`)
          .join(", ")}"| ${node(s.next)}`,
      );
  }
  return lines.join("\n");
}
