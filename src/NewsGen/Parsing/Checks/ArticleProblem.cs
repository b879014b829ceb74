using NewsGen.Model;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// One problem found in an article file: which rule, where, and the values its message needs. Plain data, so
/// the analyzer turns it into a Roslyn diagnostic and the command-line tool prints it the same way.
/// </summary>
/// <param name="Id">The rule's id, one of <see cref="DiagnosticIds"/>.</param>
/// <param name="Start">Index of the first offending character in the decoded file text (UTF-16 code units).</param>
/// <param name="Length">How many characters the problem spans; 0 for a point such as the start of the file.</param>
/// <param name="Arguments">The values for the rule's message format, in order.</param>
public sealed record ArticleProblem(string Id, int Start, int Length, EquatableArray<string> Arguments)
{
    /// <summary>A problem whose message takes <paramref name="arguments"/>.</summary>
    public static ArticleProblem At(string id, int start, int length, params string[] arguments) =>
        new(id, start, length, new EquatableArray<string>(arguments));
}
