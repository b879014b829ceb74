using System.Collections.Generic;

namespace NewsGen.Cli.Checking;

/// <summary>One article file after the check: its diagnostics and, when asked for, its text.</summary>
/// <param name="Path">The file, as given or found.</param>
/// <param name="Text">The decoded text when the caller keeps it (show) and the file could be used; null otherwise.</param>
/// <param name="ReadError">Why the file could not be read, for a message on stderr; null when it was read.</param>
/// <param name="Diagnostics">The diagnostics after severity configuration, in the analyzer's order.</param>
internal sealed record CheckedArticle(string Path, string? Text, string? ReadError, IReadOnlyList<ReportedDiagnostic> Diagnostics);
