using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Naming;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Analysis;

/// <summary>
/// Reports malformed article files at build time and in the IDE, each diagnostic pointing at the offending
/// text in the .txt file. The checks themselves are plain C# in <c>NewsGen.Parsing.Checks</c>; this class only
/// reads the files the generator reads, runs the checks and turns their problems into diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NewsArticleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Supported;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        AnalyzerConfigOptionsProvider options = context.Options.AnalyzerConfigOptionsProvider;
        ArticleLimits limits = ProjectOptions.Limits(options.GlobalOptions);
        string corpusTypeName = ProjectOptions.CorpusTypeName(options.GlobalOptions);
        ImmutableArray<AdditionalText> allFiles = context.Options.AdditionalFiles;
        CancellationToken startToken = context.CancellationToken;

        var invalidOptions = new List<InvalidOption>(ProjectOptions.InvalidOptions(options.GlobalOptions));
        if (invalidOptions.Count > 0)
        {
            context.RegisterCompilationEndAction(end =>
            {
                foreach (InvalidOption option in invalidOptions)
                {
                    end.ReportDiagnostic(Create(DiagnosticDescriptors.InvalidOption, Location.None, option));
                }
            });
        }

        // The corpus-wide storage decision (NEWS014/NEWS015) needs every article's size: summed as files are analyzed.
        var budget = new StringBudgetTally();
        context.RegisterCompilationEndAction(end => ReportStorage(end, options.GlobalOptions, budget));

        // Built once, on the first article: only a clash check needs every file.
        var names = new Lazy<ArticleNameTable>(() => BuildNameTable(allFiles, options, corpusTypeName, startToken), LazyThreadSafetyMode.ExecutionAndPublication);

        context.RegisterAdditionalFileAction(file =>
        {
            AnalyzerConfigOptions fileOptions = options.GetOptions(file.AdditionalFile);
            if (ProjectOptions.IsArticle(fileOptions))
            {
                Analyze(file, fileOptions, options.GlobalOptions, limits, names, budget);
            }
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, ArticleLimits limits, Lazy<ArticleNameTable> names, StringBudgetTally budget)
    {
        string path = context.AdditionalFile.Path;
        foreach (InvalidOption option in ProjectOptions.InvalidArticleOptions(fileOptions))
        {
            context.ReportDiagnostic(Create(DiagnosticDescriptors.InvalidOption, StartOfFile(path), option));
        }

        SourceText? source = context.AdditionalFile.GetText(context.CancellationToken);
        string? text = ArticleParseCache.TextOf(source);

        // A compiler told to read files in a one-byte-per-character encoding (/codepage) hands over text in which
        // each character is one byte of the file; the checks then look for bad UTF-8 in those bytes.
        System.Text.Encoding? singleByte = source?.Encoding is { IsSingleByte: true } encoding ? encoding : null;
        string id = ProjectOptions.ArticleId(path, globalOptions, fileOptions);
        var problems = ArticleFileChecks.Run(text, singleByte, limits, ProjectOptions.Paragraphs(globalOptions, fileOptions), id, ProjectOptions.RequiredMetadata(globalOptions), ArticleParseCache.Parse, out ParsedArticle? article, context.CancellationToken);
        if (article is not null)
        {
            budget.Add(UserStringBudget.StringsViewBytes(id, Model.ArticleContent.From(article)));
        }

        if (text is not null && !ArticleLimits.IsTooLarge(text, limits.MaxArticleBytes))
        {
            ArticleNameAssignment? assignment = names.Value.Find(path);
            if (ArticleFileChecks.SameId(assignment) is { } sameId)
            {
                problems.Add(sameId);
            }

            if (ArticleFileChecks.NameClash(assignment) is { } clash)
            {
                problems.Add(clash);
            }
        }

        var positions = TextPositions.Of(text ?? string.Empty);
        foreach (ArticleProblem problem in problems)
        {
            context.ReportDiagnostic(ArticleDiagnostics.Create(path, positions, problem));
        }
    }

    // The generator makes the same decision from the same numbers (NewsGenerator.CreateSettings).
    private static void ReportStorage(CompilationAnalysisContext context, AnalyzerConfigOptions globalOptions, StringBudgetTally budget)
    {
        long bytes = budget.Total;
        if (bytes <= UserStringBudget.Threshold)
        {
            return;
        }

        var project = new ProjectSettings(string.Empty, string.Empty, ProjectOptions.Storage(globalOptions));
        int languageLevel = context.Compilation is Microsoft.CodeAnalysis.CSharp.CSharpCompilation csharp ? (int)csharp.LanguageVersion : 0;
        EmitSettings settings = NewsGenerator.CreateSettings(project, languageLevel, NewsGenerator.Facts(context.Compilation), bytes);
        string megabytes = (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        if (settings.Storage == ViewStorage.Strings)
        {
            string share = (100 * bytes / UserStringBudget.HeapLimit).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string advice = settings.Utf8Spans
                ? "Set <NewsGenStorage>Auto</NewsGenStorage> or Utf8 so the views decode UTF-8 instead."
                : "UTF-8 views need C# 11 and System.ReadOnlySpan<T>; raise LangVersion (and reference System.Memory on netstandard2.0) or split the articles over several projects.";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StringHeapNearlyFull, Location.None, megabytes, share, advice));
        }
        else if (project.Storage == StorageOption.Auto)
        {
            string threshold = (UserStringBudget.Threshold / (1024.0 * 1024.0)).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Utf8ViewsChosen, Location.None, megabytes, threshold));
        }
    }

    // The same files, read by the same function, as the generator's name table: the two cannot disagree on a clash.
    private static ArticleNameTable BuildNameTable(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, string corpusTypeName, CancellationToken cancellationToken)
    {
        var requests = new List<ArticleNameRequest>();
        foreach (AdditionalText file in files)
        {
            if (ProjectOptions.IsArticle(options.GetOptions(file)) && NewsGenerator.ReadInput(file, options, cancellationToken) is { Text: not null } input)
            {
                requests.Add(new ArticleNameRequest(file.Path, input.Id, NewsGenerator.RequestedTypeName(input)));
            }
        }

        return NewsGenerator.BuildNameTable(requests, corpusTypeName);
    }

    private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, InvalidOption option) =>
        Diagnostic.Create(descriptor, location, option.Setting, option.Value, option.Expected, option.UsedInstead);

    private static Location StartOfFile(string path) => Location.Create(path, default, default);
}
