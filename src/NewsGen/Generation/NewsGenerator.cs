using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Extract early: the first step turns each marked AdditionalText into plain strings, so nothing after it
        // holds a Roslyn object, and an options change that leaves a file's text alone does not reparse it.
        IncrementalValuesProvider<ArticleInput> articleFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static input => ProjectOptions.IsArticle(input.Right.GetOptions(input.Left)))
            .Select(static (input, cancellationToken) => ReadInput(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleFiles);

        IncrementalValuesProvider<ArticleModel> articles = articleFiles
            .Where(static file => file.Text is not null)
            .Select(static (file, cancellationToken) => Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedArticles);

        // The views' storage depends on the whole corpus (see UserStringBudget); each article contributes its
        // estimate, so an edit re-sums numbers but changes the settings only when the decision flips.
        IncrementalValueProvider<long> stringsViewBytes = articles
            .Select(static (model, _) => UserStringBudget.StringsViewBytes(model.Id, model.Article))
            .Collect()
            .Select(static (sizes, _) => Sum(sizes));

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

        IncrementalValueProvider<ArticleNameTable> nameTable = articles
            .Select(static (model, _) => new ArticleNameRequest(model.Path, model.Id, model.RequestedTypeName))
            .Collect()
            .Combine(settings.Select(static (s, _) => s.CorpusTypeName))
            .Select(static (input, _) => BuildNameTable(input.Left, input.Right))
            .WithTrackingName(TrackingNames.NameTable);

        IncrementalValuesProvider<ArticleToEmit> toEmit = articles
            .Combine(nameTable)
            .Select(static (input, _) => input.Right.Find(input.Left.Path) is { IsUnique: true } assignment
                ? new ArticleToEmit(input.Left, assignment.TypeName)
                : null)
            .Where(static article => article is not null)
            .Select(static (article, _) => article!)
            .WithTrackingName(TrackingNames.ArticlesToEmit);

        context.RegisterSourceOutput(toEmit.Combine(settings), static (output, input) =>
            output.AddSource(input.Left.TypeName + ".g.cs", SourceText.From(ArticleEmitter.Emit(input.Left, input.Right, output.CancellationToken), System.Text.Encoding.UTF8)));

        IncrementalValueProvider<EquatableArray<ArticleNameAssignment>> corpusMembers = nameTable
            .Select(static (table, _) => new EquatableArray<ArticleNameAssignment>(CorpusEmitter.Members(table).ToArray()));

        context.RegisterSourceOutput(corpusMembers.Combine(settings), static (output, input) =>
            output.AddSource(CorpusEmitter.HintName(input.Right), SourceText.From(CorpusEmitter.Emit(input.Left, input.Right, output.CancellationToken), System.Text.Encoding.UTF8)));

        context.RegisterSourceOutput(settings, static (output, input) =>
            output.AddSource(ViewsEmitter.HintName, SourceText.From(ViewsEmitter.Emit(input), System.Text.Encoding.UTF8)));
    }

    /// <summary>Decides the settings of the generated code; shared with the analyzer, so both see the same decision.</summary>
    internal static EmitSettings CreateSettings(ProjectSettings project, int languageLevel, FrameworkFacts facts, long stringsViewBytes)
    {
        bool utf8Spans = languageLevel >= 1100 && facts.HasReadOnlySpan;
        return new EmitSettings(
            project.Namespace,
            project.CorpusTypeName,
            NullableAnnotations: languageLevel >= 800,
            Utf8Spans: utf8Spans,
            UserStringBudget.Decide(project.Storage, stringsViewBytes, utf8Spans),
            facts.HasSpanDecoding);
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

        return new FrameworkFacts(span is not null, spanDecoding);
    }

    /// <summary>C# versions as numbers (7.3 is 703, 11 is 1100); newer enum members need not exist in the Roslyn we build against.</summary>
    internal static int LanguageLevel(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : 0;

    private static long Sum(ImmutableArray<long> sizes)
    {
        long total = 0;
        foreach (long size in sizes)
        {
            total += size;
        }

        return total;
    }

    /// <summary>Builds the name table every generated name comes from; shared with the analyzer.</summary>
    internal static ArticleNameTable BuildNameTable(IEnumerable<ArticleNameRequest> requests, string corpusTypeName) =>
        ArticleNameTable.Build(requests, name => GeneratedNames.IsReserved(name, corpusTypeName));

    /// <summary>
    /// Extracts one article file as the generator uses it: text null for a file it skips (unreadable, or larger
    /// than NewsGenMaxArticleBytes, checked before parsing), the type name and paragraph rule its metadata asks
    /// for. The analyzer reads files through this too, so the two agree on which files are generated and on the
    /// name table.
    /// </summary>
    internal static ArticleInput ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions fileOptions = options.GetOptions(file);
        string? text = file.GetText(cancellationToken)?.ToString();
        if (text is not null && ArticleLimits.IsTooLarge(text, ProjectOptions.Limits(options.GlobalOptions).MaxArticleBytes))
        {
            text = null;
        }

        return new ArticleInput(
            file.Path,
            text,
            ProjectOptions.TypeNameOverride(fileOptions),
            ProjectOptions.Paragraphs(options.GlobalOptions, fileOptions));
    }

    /// <summary>The type name an article asks for: its <c>TypeName</c> metadata, else the name from its id.</summary>
    internal static string RequestedTypeName(ArticleInput file, string id) => file.TypeNameOverride ?? ArticleNaming.TypeNameFromId(id);

    // A skipped file has no text (filtered above); the analyzer reports why (NEWS013, NEWS010).
    private static ArticleModel Read(ArticleInput file, CancellationToken cancellationToken)
    {
        string id = ArticleNaming.IdFromPath(file.Path);
        return new ArticleModel(
            file.Path,
            id,
            RequestedTypeName(file, id),
            ArticleParser.Parse(file.Text!, file.Paragraphs, cancellationToken));
    }

}
