using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using NewsGen.Analysis;
using NewsGen.Cli.Input;
using NewsGen.Generation;
using NewsGen.Naming;
using NewsGen.Parsing.Checks;

namespace NewsGen.Cli.Checking;

/// <summary>
/// Checks article files as the analyzer does in a build: the same file checks (<see cref="ArticleFileChecks"/>),
/// the same diagnostics (<see cref="ArticleDiagnostics"/>: descriptor, message, span) and the generator's own
/// name table for NEWS011 clashes among the files checked together, then the severities the configuration sets.
/// </summary>
internal sealed class ArticleChecker
{
    private readonly CheckSettings _settings;
    private readonly SeverityConfiguration _severities;

    public ArticleChecker(CheckSettings settings, SeverityConfiguration severities)
    {
        _settings = settings;
        _severities = severities;
    }

    /// <summary>Checks every file; <paramref name="progress"/> hears after each. Texts are kept only when <paramref name="keepText"/>.</summary>
    public List<CheckedArticle> CheckAll(IReadOnlyList<string> files, bool keepText, Action<int> progress)
    {
        var found = new List<(string Path, string? Text, string? ReadError, List<Diagnostic> Diagnostics)>(files.Count);
        var names = new List<ArticleNameRequest>();
        for (int i = 0; i < files.Count; i++)
        {
            string path = files[i];
            (string? text, string? error, List<Diagnostic> diagnostics) = CheckOne(path);
            if (text is not null && !ArticleLimits.IsTooLarge(text, _settings.Limits.MaxArticleBytes))
            {
                string id = ArticleNaming.IdFromPath(path);
                names.Add(new ArticleNameRequest(path, id, ArticleNaming.TypeNameFromId(id)));
            }

            found.Add((path, keepText ? text : null, error, diagnostics));
            progress(i + 1);
        }

        // Clashes need every file, so they come last; the table is the generator's, built the same way.
        ArticleNameTable table = NewsGenerator.BuildNameTable(names, GeneratedNames.DefaultCorpusTypeName);
        var results = new List<CheckedArticle>(found.Count);
        foreach ((string path, string? text, string? error, List<Diagnostic> diagnostics) in found)
        {
            if (ArticleFileChecks.NameClash(table.Find(path)) is { } clash)
            {
                diagnostics.Add(ArticleDiagnostics.Create(path, TextPositions.Of(string.Empty), clash));
            }

            results.Add(new CheckedArticle(path, text, error, Configure(path, diagnostics)));
        }

        return results;
    }

    private (string? Text, string? Error, List<Diagnostic> Diagnostics) CheckOne(string path)
    {
        try
        {
            ArticleSource source = ArticleSource.Read(path, _settings.Limits.MaxArticleBytes);
            List<ArticleProblem> problems = source.IsOverReadLimit
                ? new List<ArticleProblem> { ArticleFileChecks.TooLarge(source.Length, _settings.Limits.MaxArticleBytes) }
                : ArticleFileChecks.Run(source.Text, singleByteEncoding: null, _settings.Limits, _settings.Paragraphs);
            var positions = TextPositions.Of(source.Text ?? string.Empty);
            var diagnostics = problems.ConvertAll(problem => ArticleDiagnostics.Create(path, positions, problem));
            return (source.Text, source.Error, diagnostics);
        }
#pragma warning disable CA1031 // One bad file must not stop the check of the others: whatever fails is reported as NEWS013.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var unreadable = ArticleDiagnostics.Create(path, TextPositions.Of(string.Empty), ArticleProblem.At(DiagnosticIds.UnreadableArticle, 0, 0));
            return (null, "cannot check: " + e.Message, new List<Diagnostic> { unreadable });
        }
    }

    private List<ReportedDiagnostic> Configure(string path, List<Diagnostic> diagnostics)
    {
        var reported = new List<ReportedDiagnostic>(diagnostics.Count);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            DiagnosticSeverity? severity = Effective(_severities.For(path, diagnostic.Id), diagnostic.DefaultSeverity);
            if (severity is null or DiagnosticSeverity.Hidden)
            {
                continue;
            }

            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            reported.Add(new ReportedDiagnostic(
                path,
                diagnostic.Id,
                severity.Value,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1));
        }

        return reported;
    }

    // As the compiler maps dotnet_diagnostic.ID.severity: none suppresses, silent hides, default keeps the rule's own.
    private static DiagnosticSeverity? Effective(ReportDiagnostic configured, DiagnosticSeverity defaultSeverity) => configured switch
    {
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
        ReportDiagnostic.Suppress => null,
        _ => defaultSeverity,
    };
}
