using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NewsGen.Generation;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// Compile, load and run: what the generated code returns at run time is exactly what the parser read, and
/// title plus paragraphs give back the file's normalised text. Nothing is lost or altered on the way.
/// </summary>
public sealed class RoundTripProperties
{
    private static readonly Gen<ArticleCase> Articles =
        Gen.Select(HostileText.FileStem, HostileText.AnyArticle).Array[1, 4]
            .Select(files => new ArticleCase(
                files.Select((file, i) => new ArticleFile("/project/articles/" + i + "/" + file.Item1 + ".txt", file.Item2)).ToList(),
                TargetProfile.Net100));

    [Fact]
    public void Generated_members_read_back_at_run_time_equal_the_parsed_text() =>
        Property.ForAll(Articles, @case =>
        {
            GeneratorRun run = GeneratorHarness.Run(@case.Files);
            var generated = @case.Files
                .Select(file => (File: file, TypeName: @case.TypeNames()[file.Path], Parsed: ArticleParser.Parse(file.Text!)))
                .Where(article => article.TypeName is not null)
                .ToList();

            using LoadedArticles loaded = LoadedArticles.Load(run, generated.Select(a => (a.TypeName!, a.Parsed.Paragraphs.Count)));

            Assert.Equal(generated.Select(a => Naming.ArticleNaming.IdFromPath(a.File.Path)).OrderBy(id => id, System.StringComparer.Ordinal), loaded.CorpusIds());
            foreach (var (file, typeName, parsed) in generated)
            {
                string[] paragraphs = parsed.Paragraphs.Select(p => p.Text).ToArray();
                string id = Naming.ArticleNaming.IdFromPath(file.Path);

                // Constants, read from metadata.
                Assert.Equal(parsed.Text, loaded.Constant(typeName!, "Text"));
                Assert.Equal(parsed.Title?.Text ?? string.Empty, loaded.Constant(typeName!, "Title"));
                Assert.Equal(paragraphs.Length, loaded.Constant(typeName!, "ParagraphCount"));
                Assert.Equal(paragraphs, Enumerable.Range(0, paragraphs.Length).Select(i => loaded.Constant(typeName!, GeneratedNames.Paragraph(i))));

                // UTF-8 spans: the bytes of the same text (a lone surrogate, which UTF-8 cannot hold, as U+FFFD).
                byte[][] utf8 = loaded.Utf8Members(typeName!);
                Assert.Equal(Encoding.UTF8.GetBytes(parsed.Text), utf8[0]);
                Assert.Equal(paragraphs.Select(Encoding.UTF8.GetBytes), utf8.Skip(1));

                // The view, found through the corpus.
                ArticleView view = loaded.View(id)!;
                Assert.Equal(id, view.Id);
                Assert.Equal(parsed.Text, view.Text);
                Assert.Equal(parsed.Lede, view.Lede);
                Assert.Equal(paragraphs, view.Paragraphs);
                Assert.Equal(Encoding.UTF8.GetBytes(parsed.Text), view.TextUtf8);
                Assert.Equal(paragraphs.Select(Encoding.UTF8.GetBytes), view.ParagraphsUtf8);

                // Title and paragraphs give back the file's normalised text (the reference is the Lines rule's; a file
                // the default rule reads as hard-wrapped has its wrapped lines joined by one space).
                IEnumerable<string> lines = (view.HasTitle ? new[] { view.Title } : new string[0]).Concat(view.Paragraphs);
                Assert.Equal(parsed.NormalizedText, string.Join("\n", lines));
                if (parsed == ArticleParser.Parse(file.Text!, NewsGen.Parsing.ParagraphRule.Lines))
                {
                    Assert.Equal(ReferenceNormalization.Text(file.Text!), string.Join("\n", lines));
                }
            }
        }, seed: 0x4E45_5753_0201, cases: 60, shrinkCases: 100, print: c => c.ToString());

    [Fact]
    public void An_article_named_Instance_reads_its_own_data_at_run_time()
    {
        // Inside the article's nested Data class, "Instance.Text" bound to the class's own Instance field: the
        // paragraph switch did not compile, and Text, Id and the rest would have returned themselves forever.
        // Generated code now names the article type in full.
        var file = new ArticleFile("/project/articles/Instance.txt", "Headline\n\nOnly paragraph.\n");
        GeneratorRun run = GeneratorHarness.Run(new[] { file });

        using LoadedArticles loaded = LoadedArticles.Load(run, new[] { ("Instance", 1) });

        ArticleView view = loaded.View("Instance")!;
        Assert.Equal("Only paragraph.", view.Text);
        Assert.Equal("Headline", view.Title);
    }
}
