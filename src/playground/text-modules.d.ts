/** The generated client bundles (assets.ts): wrangler hands them to the Worker as strings. */
declare module "*.txt" {
  const text: string;
  export default text;
}
