using System.Collections.Generic;
using NewsGen.Naming;
using NewsGen.Parsing;

namespace NewsGen.Cli.Checking;

/// <summary>One article file after the check: its identity, its diagnostics and, when asked for, its text and parse.</summary>
/// <param name="Path">The file, as given or found (a project's items: full paths).</param>
/// <param name="Id">The article id, by the generator's rule (<see cref="ArticleIdentity"/>).</param>
/// <param name="Name">The name the generator's name table gives it; null for a file the generator skips (unreadable, too large).</param>
/// <param name="Text">The decoded text when the caller keeps it (show) and the file could be used; null otherwise.</param>
/// <param name="Article">The article as the generator parses it, when the caller keeps it and the text was fit to parse; null otherwise.</param>
/// <param name="ReadError">Why the file could not be read, for a message on stderr; null when it was read.</param>
/// <param name="Diagnostics">The diagnostics after severity configuration, in the analyzer's order.</param>
internal sealed record CheckedArticle(
    string Path,
    string Id,
    ArticleNameAssignment? Name,
    string? Text,
    ParsedArticle? Article,
    string? ReadError,
    IReadOnlyList<ReportedDiagnostic> Diagnostics);
