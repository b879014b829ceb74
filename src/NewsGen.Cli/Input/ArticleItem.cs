using System.Collections.Generic;

namespace NewsGen.Cli.Input;

/// <summary>
/// One article as the build hands it to the compiler: the file, and the item metadata the package makes visible
/// (<c>TypeName</c>, <c>Paragraphs</c>, <c>NewsGenRecursiveDir</c>, <c>Link</c>), by metadata name.
/// </summary>
/// <param name="Path">The file: as given on the command line, or its full path for a project's items (as the build prints it).</param>
/// <param name="Metadata">Metadata values by name (no <c>build_metadata.</c> prefix); empty values are left out.</param>
internal sealed record ArticleItem(string Path, IReadOnlyDictionary<string, string> Metadata);
