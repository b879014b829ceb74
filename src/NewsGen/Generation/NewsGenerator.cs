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
        IncrementalValueProvider<EmitSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => (Namespace: ProjectOptions.Namespace(options.GlobalOptions), Corpus: ProjectOptions.CorpusTypeName(options.GlobalOptions)))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => LanguageLevel(options)))
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null))
            .Select(static (input, _) => new EmitSettings(
                input.Left.Left.Namespace,
                input.Left.Left.Corpus,
                NullableAnnotations: input.Left.Right >= 800,
                Utf8Spans: input.Left.Right >= 1100 && input.Right))
            .WithTrackingName(TrackingNames.Settings);

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

    // C# versions as numbers (7.3 is 703, 11 is 1100); newer enum members need not exist in the Roslyn we build against.
    private static int LanguageLevel(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : 0;
}
