// Vite gives the URL of a file imported with `?url&no-inline` (the stories use the demo's
// media and covers; never inlined as data: URLs, which the widgets refuse).
declare module '*?url&no-inline' {
  const url: string;
  export default url;
}
