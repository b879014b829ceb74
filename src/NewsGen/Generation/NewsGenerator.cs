using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Generation.Emit;
using NewsGen.Generation.Options;
using NewsGen.Model;
using NewsGen.Naming;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Generation;

/// <summary>
/// The NewsGen incremental generator: article files (AdditionalFiles marked by <c>&lt;NewsArticle&gt;</c>)
/// in, one type per article plus the shared views and the corpus out. The pipeline carries only
/// value-equatable models; diagnostics come from <c>NewsGen.Analysis</c>, so the generator stays lean and
/// quietly skips what it cannot emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsGenerator : IIncrementalGenerator
{
    /// <summary>
    /// A test hook: when set, emitting an article whose path it accepts throws, so tests can prove that an
    /// unexpected failure is reported as NEWS020 on that file and the rest of the corpus is still generated.
    /// </summary>
    internal static System.Func<string, bool>? FailWhileEmitting;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Extract early: the first step turns each marked AdditionalText into plain strings, so nothing after it
        // holds a Roslyn object, and an options change that leaves a file's text alone does not reparse it.
        IncrementalValuesProvider<ArticleInput> articleFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (input, cancellationToken) => ProjectOptions.IsArticle(input.Right.GetOptions(input.Left))
                ? ImmutableArray.Create(ReadInput(input.Left, input.Right, cancellationToken))
                : ImmutableArray<ArticleInput>.Empty)
            .WithTrackingName(TrackingNames.ArticleFiles);

        // Filters and maps are single SelectMany steps: the driver walks every step's table of all articles on every
        // run, so at 10,000 articles each step saved is a measurable part of a warm edit (docs/performance.md).
        IncrementalValuesProvider<ArticleModel> articles = articleFiles
            .SelectMany(static (file, cancellationToken) => file.Text is null
                ? ImmutableArray<ArticleModel>.Empty
                : ImmutableArray.Create(Read(file, cancellationToken)))
            .WithTrackingName(TrackingNames.ParsedArticles);

        // What the corpus-wide decisions need of each article, collected once: the views' storage depends on the
        // whole corpus (see UserStringBudget), so an edit re-sums the estimates but changes the settings only when the
        // decision flips; the names come from the requests alone, so an edit that keeps the name leaves the table.
        IncrementalValueProvider<ImmutableArray<(ArticleNameRequest Request, long StringsViewBytes)>> corpusFacts = articles
            .Select(static (model, _) => (new ArticleNameRequest(model.Path, model.Id, model.RequestedTypeName), UserStringBudget.StringsViewBytes(model.Id, model.Content)))
            .Collect();

        IncrementalValueProvider<long> stringsViewBytes = corpusFacts
            .Select(static (facts, _) => SumOfStringsViewBytes(facts));

        IncrementalValueProvider<EmitSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new ProjectSettings(
                ProjectOptions.Namespace(options.GlobalOptions),
                ProjectOptions.CorpusTypeName(options.GlobalOptions),
                ProjectOptions.Storage(options.GlobalOptions)))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => LanguageLevel(options)))
            .Combine(context.CompilationProvider.Select(static (compilation, _) => Facts(compilation)))
            .Combine(stringsViewBytes)
            .Select(static (input, _) => CreateSettings(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Settings);

        IncrementalValueProvider<ArticleNameTable> nameTable = corpusFacts
            .Select(static (facts, _) => NameRequests(facts))
            .Combine(settings.Select(static (s, _) => s.CorpusTypeName))
            .Select(static (input, _) => BuildNameTable(input.Left, input.Right))
            .WithTrackingName(TrackingNames.NameTable);

        IncrementalValuesProvider<ArticleToEmit> toEmit = articles
            .Combine(nameTable)
            .SelectMany(static (input, _) => input.Right.Find(input.Left.Path) is { IsUnique: true } assignment
                ? ImmutableArray.Create(new ArticleToEmit(input.Left, assignment))
                : ImmutableArray<ArticleToEmit>.Empty)
            .WithTrackingName(TrackingNames.ArticlesToEmit);

        // Each article's code is emitted (and cached) on its own; the files are joined from the cached pieces.
        IncrementalValuesProvider<EmittedArticle> emitted = toEmit
            .Combine(settings)
            .Select(static (input, cancellationToken) => EmitArticle(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.EmittedArticles);

        IncrementalValueProvider<ImmutableArray<EmittedArticle>> allEmitted = emitted.Collect();

        IncrementalValuesProvider<ArticleGroup> groups = allEmitted
            .SelectMany(static (all, _) => ArticleGroups.Split(all))
            .WithTrackingName(TrackingNames.ArticleGroups);

        context.RegisterSourceOutput(groups.Combine(settings), static (output, input) =>
        {
            foreach (EmittedArticle article in input.Left.Articles)
            {
                if (article.Failure is not null)
                {
                    output.ReportDiagnostic(Diagnostic.Create(Analysis.DiagnosticDescriptors.GeneratorFailure, Location.Create(article.Path, default, default), article.Path, article.Failure));
                }
            }

            output.AddSource(ArticleGroups.HintName(input.Left.Group), SourceText.From(ArticleGroups.Emit(input.Left, input.Right), System.Text.Encoding.UTF8));
        });

        // The corpus lists the articles that were emitted, so a failed article never leaves a dangling reference.
        // Projected per article before they are collected, so an edit of an article's text leaves its entry equal: the
        // corpus's listing (a sort of every id) is then neither rebuilt nor compared item by item, and not re-emitted.
        IncrementalValueProvider<EquatableArray<CorpusMember>> corpusMembers = emitted
            .Select(static (article, _) => article.AsCorpusEntry())
            .WithTrackingName(TrackingNames.CorpusEntries)
            .Collect()
            .Select(static (all, _) => CorpusEmitter.Members(all))
            .WithTrackingName(TrackingNames.CorpusMembers);

        context.RegisterSourceOutput(corpusMembers.Combine(settings), static (output, input) =>
            AddGuarded(output, CorpusEmitter.HintName(input.Right), () => CorpusEmitter.Emit(input.Left, input.Right, output.CancellationToken)));

        context.RegisterSourceOutput(settings, static (output, input) =>
            AddGuarded(output, ViewsEmitter.HintName, () => ViewsEmitter.Emit(input)));
    }

    /// <summary>
    /// Emits one article, turning an unexpected exception into a failure the source output reports as NEWS020 on
    /// the article's file: the generator never throws by construction, and the other articles are still generated.
    /// </summary>
    internal static EmittedArticle EmitArticle(ArticleToEmit article, EmitSettings settings, CancellationToken cancellationToken)
    {
        int group = ArticleGroups.Of(article.Model.Id);
        try
        {
            if (FailWhileEmitting is { } fail && fail(article.Model.Path))
            {
                throw new InvalidOperationException("Injected failure while emitting " + article.Model.Path + ".");
            }

            return new EmittedArticle(group, article.Model.Id, article.Model.Path, article.Name.QualifiedName, ArticleEmitter.Emit(article, settings, cancellationToken), null, SpeakerQuotes.Of(article.Model.Content));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EmittedArticle(group, article.Model.Id, article.Model.Path, article.Name.QualifiedName, null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    // The corpus and the views depend on no single article: a failure there is reported without a location.
    private static void AddGuarded(SourceProductionContext output, string hintName, Func<string> emit)
    {
        string source;
        try
        {
            source = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(Analysis.DiagnosticDescriptors.GeneratorFailure, Location.None, hintName, exception.GetType().Name + ": " + exception.Message));
            return;
        }

        output.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
    }

    /// <summary>Decides the settings of the generated code; shared with the analyzer, so both see the same decision.</summary>
    internal static EmitSettings CreateSettings(ProjectSettings project, int languageLevel, FrameworkFacts facts, long stringsViewBytes)
    {
        bool utf8Spans = languageLevel >= CSharp11 && facts.HasReadOnlySpan;
        return new EmitSettings(
            project.Namespace,
            project.CorpusTypeName,
            NullableAnnotations: languageLevel >= CSharp8,
            Utf8Spans: utf8Spans,
            UserStringBudget.Decide(project.Storage, stringsViewBytes, utf8Spans),
            facts.HasSpanDecoding,
            facts.HasDateOnly);
    }

    /// <summary>Which framework APIs the generated code may use.</summary>
    internal static FrameworkFacts Facts(Compilation compilation)
    {
        INamedTypeSymbol? span = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        bool spanDecoding = false;
        if (span is not null && compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding)
        {
            foreach (ISymbol member in encoding.GetMembers("GetString"))
            {
                spanDecoding |= member is IMethodSymbol { Parameters.Length: 1 } method
                    && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type.OriginalDefinition, span);
            }
        }

        return new FrameworkFacts(span is not null, spanDecoding, compilation.GetTypeByMetadataName("System.DateOnly") is not null);
    }

    /// <summary>C# 8, the first version with nullable reference types: below it the generated code has no <c>#nullable</c>.</summary>
    private const int CSharp8 = 800;

    /// <summary>C# 11, the first version with UTF-8 string literals (<c>"..."u8</c>), which the UTF-8 views are made of.</summary>
    private const int CSharp11 = 1100;

    /// <summary>
    /// C# versions as the numbers of <see cref="LanguageVersion"/> (7.3 is 703, 11 is 1100). Compared as numbers, not
    /// enum members, because the newer members need not exist in the Roslyn the generator is built against.
    /// </summary>
    internal static int LanguageLevel(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : 0;

    private static long SumOfStringsViewBytes(ImmutableArray<(ArticleNameRequest Request, long StringsViewBytes)> facts)
    {
        long total = 0;
        foreach ((ArticleNameRequest _, long bytes) in facts)
        {
            total += bytes;
        }

        return total;
    }

    // Equal to the last run's requests after an edit that keeps every name, so the table is not built again.
    private static EquatableArray<ArticleNameRequest> NameRequests(ImmutableArray<(ArticleNameRequest Request, long StringsViewBytes)> facts)
    {
        var requests = new ArticleNameRequest[facts.Length];
        for (int i = 0; i < requests.Length; i++)
        {
            requests[i] = facts[i].Request;
        }

        return new EquatableArray<ArticleNameRequest>(requests);
    }

    /// <summary>Builds the name table every generated name comes from; shared with the analyzer.</summary>
    internal static ArticleNameTable BuildNameTable(IEnumerable<ArticleNameRequest> requests, string corpusTypeName) =>
        ArticleNameTable.Build(
            requests,
            name => GeneratedNames.IsReserved(name, corpusTypeName),
            name => GeneratedNames.IsViewTypeName(name) || string.Equals(name, corpusTypeName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Extracts one article file as the generator uses it: text null for a file it skips (unreadable, or larger
    /// than NewsGenMaxArticleBytes, checked before parsing), the type name and paragraph rule its metadata asks
    /// for. The analyzer reads files through this too, so the two agree on which files are generated and on the
    /// name table.
    /// </summary>
    internal static ArticleInput ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions fileOptions = options.GetOptions(file);
        string? text = ArticleParseCache.TextOf(file.GetText(cancellationToken));
        if (text is not null && ArticleLimits.IsTooLarge(text, ProjectOptions.Limits(options.GlobalOptions).MaxArticleBytes))
        {
            text = null;
        }

        return new ArticleInput(
            file.Path,
            ProjectOptions.ArticleId(file.Path, options.GlobalOptions, fileOptions),
            text,
            ProjectOptions.TypeNameOverride(fileOptions),
            ProjectOptions.Paragraphs(options.GlobalOptions, fileOptions));
    }

    /// <summary>The type name an article asks for: its <c>TypeName</c> metadata, else the name from the file part of its id.</summary>
    internal static string RequestedTypeName(ArticleInput file) => file.TypeNameOverride ?? ArticleNaming.TypeNameFromId(ArticleIdentity.Name(file.Id));

    // A skipped file has no text (filtered above); the analyzer reports why (NEWS013, NEWS010).
    private static ArticleModel Read(ArticleInput file, CancellationToken cancellationToken) => new(
        file.Path,
        file.Id,
        RequestedTypeName(file),
        ArticleContent.From(ArticleParseCache.Parse(file.Text!, file.Paragraphs, cancellationToken)));

}
