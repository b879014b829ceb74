using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Generation;
using NewsGen.Generation.Emit;
using NewsGen.Naming;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// The generator over hostile files, through Roslyn's driver and a compile that treats every warning (XML doc
/// comments included) as an error: it never throws, its output always compiles, and no article text or file
/// name escapes the literal, comment or doc element it is written into.
/// </summary>
public sealed class GeneratorProperties
{
    // Members every article type declares as constants besides one per paragraph and one per quote: one per row of
    // the layout table (Id, Title, Lede, ..., the metadata's Section, DateYear, ...).
    private static readonly int FixedConstants = NewsGen.Generation.Layout.ArticleLayout.Slots.Count;

    [Fact]
    public void Generator_never_throws_and_its_output_compiles_for_any_files() =>
        Property.ForAll(ArticleCase.Hostile(maxFiles: 4), @case =>
        {
            GeneratorRun run = GeneratorHarness.Run(@case.Files, @case.Target);

            Assert.Null(run.Exception);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);

            Dictionary<string, string?> typeNames = @case.TypeNames();
            string[] generated = typeNames.Values.OfType<string>().ToArray();
            Assert.Equal(generated.OrderBy(n => n, StringComparer.Ordinal), run.Articles.Keys.Where(k => !k.Contains('.')).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(
                @case.Files.Where(f => typeNames[f.Path] is not null).Select(f => ArticleGroups.HintName(ArticleGroups.Of(ArticleNaming.IdFromPath(f.Path)))).Append(ViewsEmitter.HintName).Append("NewsGen.NewsCorpus.g.cs").Distinct().OrderBy(n => n, StringComparer.Ordinal),
                run.Sources.Keys.OrderBy(n => n, StringComparer.Ordinal));

            // A file is skipped only when another file asks for the same name.
            foreach (ArticleFile file in @case.Files.Where(f => typeNames[f.Path] is null))
            {
                Assert.Contains(@case.Files, other => other != file && string.Equals(RequestedName(other), RequestedName(file), StringComparison.OrdinalIgnoreCase));
            }
        }, seed: 0x4E45_5753_0101, cases: 300, shrinkCases: 300, print: c => c.ToString());

    [Fact]
    public void Article_text_cannot_end_a_literal_a_comment_or_a_doc_element_early() =>
        Property.ForAll(ArticleCase.Hostile(maxFiles: 3), @case =>
        {
            GeneratorRun run = GeneratorHarness.Run(@case.Files, @case.Target);
            Dictionary<string, string?> typeNames = @case.TypeNames();

            foreach (ArticleFile file in @case.Files.Where(f => typeNames[f.Path] is not null))
            {
                ParsedArticle parsed = ArticleParser.Parse(file.Text!);
                SyntaxTree tree = run.ArticleTree(typeNames[file.Path]!);
                var syntax = new GeneratedSyntax(tree, typeNames[file.Path]!);

                // The literals hold exactly the parser's strings: nothing ended one early or spilled into another.
                Dictionary<string, object?> constants = syntax.Constants(run.Compilation);
                Assert.Equal(FixedConstants + parsed.Paragraphs.Count + parsed.Quotes.Count, constants.Count);
                Assert.Equal(ArticleNaming.IdFromPath(file.Path), constants["Id"]);
                Assert.Equal(parsed.Title?.Text ?? string.Empty, constants["Title"]);
                Assert.Equal(parsed.Lede, constants["Lede"]);
                Assert.Equal(parsed.Text, constants["Text"]);
                for (int i = 0; i < parsed.Paragraphs.Count; i++)
                {
                    Assert.Equal(parsed.Paragraphs[i].Text, constants[GeneratedNames.Paragraph(i)]);
                }

                for (int i = 0; i < parsed.Quotes.Count; i++)
                {
                    Assert.Equal(parsed.Quotes[i].Text, constants[GeneratedNames.Quote(i)]);
                }

                // No directive but the file's own #nullable; the only plain comments are the two header lines and the
                // fixed captions of each article's tables (never article text).
                Assert.All(syntax.Directives, kind => Assert.Equal(SyntaxKind.NullableDirectiveTrivia, kind));
                Assert.All(syntax.PlainComments.Skip(2), comment => Assert.Contains(comment, ArticleEmitter.TableCaptions));
                Assert.Empty(syntax.SkippedText);
            }
        }, seed: 0x4E45_5753_0102, cases: 150, shrinkCases: 300, print: c => c.ToString());

    [Fact]
    public void Bidirectional_controls_are_never_written_raw() =>
        Property.ForAll(ArticleCase.Hostile(maxFiles: 3), @case =>
        {
            GeneratorRun run = GeneratorHarness.Run(@case.Files, @case.Target);

            foreach (KeyValuePair<string, string> source in run.Sources)
            {
                int at = source.Value.IndexOfAny(HostileText.BidiControls);
                Assert.True(at < 0, $"{source.Key} holds U+{(at < 0 ? 0 : source.Value[at]):X4} raw at {at}");
            }
        }, seed: 0x4E45_5753_0103, cases: 1_000, shrinkCases: 1_000, print: c => c.ToString());

    private static string RequestedName(ArticleFile file)
    {
        string name = ArticleNaming.TypeNameFromId(ArticleNaming.IdFromPath(file.Path));
        return GeneratedNames.IsReserved(name, GeneratedNames.DefaultCorpusTypeName) ? "Article" + name : name;
    }
}
