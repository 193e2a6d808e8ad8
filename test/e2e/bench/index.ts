// `npm run bench:editor`: the keystroke → painted preview path measured inside a real VS Code (the same stand-in the
// end-to-end tests use). VS Code's extension host calls run() (`--extensionTestsPath`); figures go to the output.
import { measureEditorPreview } from './editorPreview';

export async function run(): Promise<void> {
  await measureEditorPreview((line) => console.log(line));
}
