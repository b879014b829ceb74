using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Parsing.Checks;

namespace NewsGen.Analysis;

/// <summary>
/// Turns an <see cref="ArticleProblem"/> into the Roslyn diagnostic the analyzer reports: its descriptor, its
/// message arguments and its place in the article file. The command-line tool makes its diagnostics here too,
/// so both show the same id, span and message.
/// </summary>
public static class ArticleDiagnostics
{
    /// <summary>The diagnostic for <paramref name="problem"/> in the file at <paramref name="path"/>, whose text <paramref name="positions"/> indexes.</summary>
    public static Diagnostic Create(string path, TextPositions positions, ArticleProblem problem)
    {
        var arguments = new object[problem.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = problem.Arguments[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.For(problem.Id), LocationOf(path, positions, problem), arguments);
    }

    private static Location LocationOf(string path, TextPositions positions, ArticleProblem problem)
    {
        TextPosition start = positions.PositionOf(problem.Start);
        TextPosition end = positions.PositionOf(problem.Start + problem.Length);
        return Location.Create(
            path,
            new TextSpan(problem.Start, problem.Length),
            new LinePositionSpan(new LinePosition(start.Line - 1, start.Column - 1), new LinePosition(end.Line - 1, end.Column - 1)));
    }
}
