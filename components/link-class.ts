/** The site's text links, one style everywhere (a module of its own: client code imports it). */
export const linkClass =
  "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-100";
