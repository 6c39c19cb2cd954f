// What the workbench uses of browser APIs that TypeScript's DOM library does
// not declare yet: the File System Access API's folder picker (Chromium),
// which the page checks for before use and falls back from (downloads).
interface Window {
  showDirectoryPicker?(options?: { id?: string; mode?: "read" | "readwrite"; startIn?: string }): Promise<FileSystemDirectoryHandle>;
}
