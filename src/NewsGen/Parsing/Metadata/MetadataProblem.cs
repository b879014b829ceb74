using NewsGen.Model;
using NewsGen.Parsing.Checks;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// A fault in front matter, located in the file's text both as an offset (what <see cref="ArticleProblem"/> and the
/// analyzer use) and as the 1-based line and column a writer reads. Value-equatable.
/// </summary>
/// <param name="Id">NEWS021 to NEWS024 (<see cref="DiagnosticIds"/>).</param>
/// <param name="Start">Index of the first offending character in the text given to the reader (UTF-16).</param>
/// <param name="Length">How many characters the problem spans (0 for a point).</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column of <paramref name="Start"/> (UTF-16 code units, as the compiler counts).</param>
/// <param name="Arguments">The values the message needs, in order (see docs/diagnostics/NEWS021-024).</param>
public sealed record MetadataProblem(string Id, int Start, int Length, int Line, int Column, EquatableArray<string> Arguments)
{
    /// <summary>The same problem in the form every other check reports.</summary>
    public ArticleProblem ToArticleProblem() => new(Id, Start, Length, Arguments);
}
