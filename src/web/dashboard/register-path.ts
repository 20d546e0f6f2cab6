/** Where the case register downloads (web/dashboard/register.ts); apart, so the page links it without a cycle. */
export const REGISTER_PATH = "/dashboard/register.csv";
