using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Generation;
using NewsGen.Generation.Emit;
using NewsGen.Model;
using NewsGen.Naming;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// Cancellation is honoured, not swallowed: the IDE cancels a generator run on every keystroke, and a run that
/// ignores it keeps a core busy on a huge file; one that catches it reports a failure that never happened.
/// </summary>
public sealed class CancellationTests
{
    private static readonly string HugeLine = new('x', 1_000_000);

    private static CancellationToken Cancelled => new(canceled: true);

    [Theory]
    [InlineData("")]
    [InlineData("One paragraph.")]
    [InlineData("Title\n\nFirst.\nSecond.\n")]
    public void Parse_with_a_cancelled_token_throws(string text) =>
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse(text, Cancelled));

    [Fact]
    public void Parse_of_one_huge_line_with_a_cancelled_token_throws() =>
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse(HugeLine, Cancelled));

    [Fact]
    public void Emitting_an_article_with_a_cancelled_token_throws()
    {
        var model = new ArticleModel("/p/a.txt", "a", "A", NewsGen.Model.ArticleContent.From(ArticleParser.Parse("Title\n\nFirst.\nSecond.\n")));
        var settings = new EmitSettings("N", GeneratedNames.DefaultCorpusTypeName, NullableAnnotations: true, Utf8Spans: true);

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleEmitter.Emit(new ArticleToEmit(model, new ArticleNameAssignment("/p/a.txt", "a", "A", EquatableArray<string>.Empty)), settings, Cancelled));
    }

    [Fact]
    public void Emitting_the_corpus_with_a_cancelled_token_throws()
    {
        var members = new EquatableArray<CorpusMember>(new[] { new CorpusMember("a", 0, 0) });
        var settings = new EmitSettings("N", GeneratedNames.DefaultCorpusTypeName, NullableAnnotations: true, Utf8Spans: true);

        Assert.ThrowsAny<OperationCanceledException>(() => CorpusEmitter.Emit(members, settings, Cancelled));
    }

    [Fact]
    public void A_cancellation_during_a_run_surfaces_as_cancellation_not_as_a_generator_failure()
    {
        // The file cancels the run as the generator reads it, so the generator's own steps (parse, emit) are the
        // first to see the cancelled token. The run must end in OperationCanceledException: not in a generator
        // exception (CS8785 for the user) and not in output built from a half-read file.
        using var cancellation = new CancellationTokenSource();
        var files = new[] { new ArticleFile("/project/articles/huge.txt", HugeLine) };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            ImmutableArray.Create<AdditionalText>(new CancellingText(files[0].Path, files[0].Text!, cancellation)),
            GeneratorHarness.ParseOptions(TargetProfile.Net100),
            GeneratorHarness.CreateOptionsProvider(files));

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(TargetProfile.Net100), cancellation.Token));
        Assert.True(cancellation.IsCancellationRequested);
    }

    private sealed class CancellingText(string path, string text, CancellationTokenSource cancellation) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            cancellation.Cancel();
            return SourceText.From(text);
        }
    }
}
