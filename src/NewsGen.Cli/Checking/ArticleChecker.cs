using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Analysis;
using NewsGen.Cli.Input;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Naming;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Cli.Checking;

/// <summary>
/// Checks article files as the analyzer does in a build, with the generator's own pieces at every decision:
/// options and metadata through <see cref="ProjectOptions"/> (limits, paragraph rule, <c>TypeName</c>), each file
/// extracted by <see cref="NewsGenerator.ReadInput"/> (id, skipped or not), the same file checks
/// (<see cref="ArticleFileChecks"/>), the same diagnostics (<see cref="ArticleDiagnostics"/>), and the one name
/// table (<see cref="NewsGenerator.BuildNameTable"/>) for NEWS011 and NEWS019; then the severities the build's
/// configuration sets. Each file is parsed once; <c>show</c> prints that very parse.
/// </summary>
internal sealed class ArticleChecker
{
    private readonly BuildView _view;
    private readonly BuildOptionsProvider _options;
    private readonly ArticleLimits _limits;
    private readonly Model.EquatableArray<string> _requiredMetadata;

    public ArticleChecker(BuildView view)
    {
        _view = view;
        _options = new BuildOptionsProvider(view);
        _limits = ProjectOptions.Limits(_options.GlobalOptions);

        // Read as the analyzer reads NewsGenRequiredMetadata, so NEWS024 falls on the same articles as in a build.
        _requiredMetadata = ProjectOptions.RequiredMetadata(_options.GlobalOptions);
    }

    /// <summary>The size limits in force (the project's, or the tool's options).</summary>
    public ArticleLimits Limits => _limits;

    /// <summary>How many article items there are to check.</summary>
    public int Count => _view.Articles.Count;

    /// <summary>The namespace the generated types are in (NewsGenNamespace, else RootNamespace.Articles, else NewsGen.Articles).</summary>
    public string Namespace => ProjectOptions.Namespace(_options.GlobalOptions);

    /// <summary>Checks every article; <paramref name="progress"/> hears after each. Texts and parses are kept only when <paramref name="keep"/>.</summary>
    public List<CheckedArticle> CheckAll(bool keep, Action<int> progress)
    {
        IReadOnlyList<ArticleItem> items = _view.Articles;
        var found = new List<(ArticleInput Input, string? Text, ParsedArticle? Article, string? ReadError, List<Diagnostic> Diagnostics)>(items.Count);
        var names = new List<ArticleNameRequest>();
        for (int i = 0; i < items.Count; i++)
        {
            (ArticleInput input, string? text, ParsedArticle? article, string? error, List<Diagnostic> diagnostics) = CheckOne(items[i].Path);
            if (input.Text is not null)
            {
                names.Add(new ArticleNameRequest(input.Path, input.Id, NewsGenerator.RequestedTypeName(input)));
            }

            found.Add((input, keep ? text : null, keep ? article : null, error, diagnostics));
            progress(i + 1);
        }

        // The table needs every file, so NEWS019 and NEWS011 come last, built exactly as the generator builds it.
        ArticleNameTable table = NewsGenerator.BuildNameTable(names, ProjectOptions.CorpusTypeName(_options.GlobalOptions));
        var results = new List<CheckedArticle>(found.Count);
        foreach ((ArticleInput input, string? text, ParsedArticle? article, string? error, List<Diagnostic> diagnostics) in found)
        {
            ArticleNameAssignment? name = input.Text is null ? null : table.Find(input.Path);
            foreach (ArticleProblem? problem in new[] { ArticleFileChecks.SameId(name), ArticleFileChecks.NameClash(name) })
            {
                if (problem is not null)
                {
                    diagnostics.Add(ArticleDiagnostics.Create(input.Path, TextPositions.Of(string.Empty), problem));
                }
            }

            results.Add(new CheckedArticle(input.Path, input.Id, name, text, article, error, Configure(input.Path, diagnostics)));
        }

        return results;
    }

    /// <summary>
    /// The diagnostics about the project as a whole that the analyzer reports at the end of a compilation without a
    /// location: NEWS012 for each NewsGen property the generator cannot use as set, read by the generator's own
    /// <see cref="ProjectOptions.InvalidOptions"/>, after severity configuration. None for plain files and folders:
    /// the tool's options stand in for the properties there, and they are validated when parsed.
    /// </summary>
    public List<ReportedDiagnostic> ProjectDiagnostics()
    {
        var reported = new List<ReportedDiagnostic>();
        if (_view.ProjectPath is not { } project)
        {
            return reported;
        }

        foreach (InvalidOption option in ProjectOptions.InvalidOptions(_options.GlobalOptions))
        {
            Diagnostic diagnostic = InvalidOptionDiagnostic(Location.None, option);
            if (_view.Severities.Effective(project, diagnostic) is DiagnosticSeverity severity and not DiagnosticSeverity.Hidden)
            {
                reported.Add(ReportedDiagnostic.AboutProject(project, diagnostic.Id, severity, diagnostic.GetMessage(CultureInfo.InvariantCulture)));
            }
        }

        return reported;
    }

    private static Diagnostic InvalidOptionDiagnostic(Location location, InvalidOption option) =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidOption, location, option.Setting, option.Value, option.Expected, option.UsedInstead);

    private (ArticleInput Input, string? Text, ParsedArticle? Article, string? Error, List<Diagnostic> Diagnostics) CheckOne(string path)
    {
        var diagnostics = new List<Diagnostic>();
        AnalyzerConfigOptions fileOptions = _options.GetOptions(new ArticleText(path, null));
        foreach (InvalidOption option in ProjectOptions.InvalidArticleOptions(fileOptions))
        {
            // As the analyzer reports invalid TypeName or Paragraphs metadata: NEWS012 at the start of the file.
            diagnostics.Add(InvalidOptionDiagnostic(Location.Create(path, default, default), option));
        }

        try
        {
            ArticleSource source = ArticleSource.Read(path, _limits.MaxArticleBytes);
            ArticleInput input = NewsGenerator.ReadInput(new ArticleText(path, source.Text), _options, CancellationToken.None);
            ParsedArticle? article = null;
            List<ArticleProblem> problems = source.IsOverReadLimit
                ? new List<ArticleProblem> { ArticleFileChecks.TooLarge(source.Length, _limits.MaxArticleBytes) }
                : ArticleFileChecks.Run(source.Text, singleByteEncoding: null, _limits, input.Paragraphs, input.Id, _requiredMetadata, out article);
            var positions = TextPositions.Of(source.Text ?? string.Empty);
            diagnostics.AddRange(problems.ConvertAll(problem => ArticleDiagnostics.Create(path, positions, problem)));
            return (input, source.Text, article, source.Error, diagnostics);
        }
#pragma warning disable CA1031 // One bad file must not stop the check of the others: whatever fails is reported as NEWS013.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Add(ArticleDiagnostics.Create(path, TextPositions.Of(string.Empty), ArticleProblem.At(DiagnosticIds.UnreadableArticle, 0, 0)));
            ArticleInput unread = NewsGenerator.ReadInput(new ArticleText(path, null), _options, CancellationToken.None);
            return (unread, null, null, "cannot check: " + e.Message, diagnostics);
        }
    }

    private List<ReportedDiagnostic> Configure(string path, List<Diagnostic> diagnostics)
    {
        var reported = new List<ReportedDiagnostic>(diagnostics.Count);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            DiagnosticSeverity? severity = _view.Severities.Effective(path, diagnostic);
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
}
