using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing;

/// <summary>
/// README.md's "How the paragraph rule is chosen", read from the README itself: its project snippet forces the
/// rules it says it forces, and its NEWS018 line is what the analyzer reports, word for word.
/// </summary>
public sealed class LayoutReadmeTests
{
    private const string Heading = "## How the paragraph rule is chosen";

    private static readonly string Section = ReadSection();

    [Fact]
    public void The_snippet_forces_Lines_for_the_project_and_BlankLines_for_the_wire_folder()
    {
        XElement project = XElement.Parse("<Project>" + Block("```xml\n") + "</Project>");
        string property = project.Descendants("NewsGenParagraphs").Single().Value;
        XElement item = project.Descendants("NewsArticle").Single();
        Assert.Equal("articles/wire/*.txt", item.Attribute("Include")!.Value);

        string wrapped = LayoutTestText.Wrapped(72);
        var options = new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = property };
        var files = new[]
        {
            new ArticleFile("/repo/articles/harbour.txt", wrapped),
            new ArticleFile("/repo/articles/wire/harbour-wire.txt", wrapped, Metadata: new Dictionary<string, string> { ["Paragraphs"] = item.Attribute("Paragraphs")!.Value }),
        };

        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: options);
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(files, options);

        Assert.Contains("public const int ParagraphCount = 4;", run.Articles["HarbourWire"]);
        Assert.Contains("public const int ParagraphCount = 12;", run.Articles["Harbour"]);
        Assert.Equal("harbour.txt", Path.GetFileName(Assert.Single(diagnostics).Location.GetLineSpan().Path));
    }

    [Fact]
    public void The_NEWS018_line_is_what_the_analyzer_reports()
    {
        // The plain block that follows the xml one: the first fence that opens (not closes) a block after it.
        string afterXml = Section.Substring(Section.IndexOf("```xml\n", StringComparison.Ordinal));
        afterXml = afterXml.Substring(afterXml.IndexOf("\n```\n", StringComparison.Ordinal) + 5);
        int open = afterXml.IndexOf("```\n", StringComparison.Ordinal) + 4;
        string line = afterXml.Substring(open, afterXml.IndexOf("```", open, StringComparison.Ordinal) - open).Trim();
        var file = new ArticleFile("/repo/articles/harbour.txt", LayoutTestText.Wrapped(72));

        Diagnostic news018 = Assert.Single(AnalyzerHarness.Run(new[] { file }, new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = "Lines" }));

        FileLinePositionSpan span = news018.Location.GetLineSpan();
        string reported = string.Create(
            CultureInfo.InvariantCulture,
            $"{span.Path.Substring("/repo/".Length)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): warning {news018.Id}: {news018.GetMessage(CultureInfo.InvariantCulture)}");
        Assert.Equal(reported, line);
    }

    private static string Block(string fence)
    {
        int start = Section.IndexOf(fence, StringComparison.Ordinal);
        Assert.True(start >= 0, "no " + fence.Trim() + " block in the README section");
        start += fence.Length;
        return Section.Substring(start, Section.IndexOf("```", start, StringComparison.Ordinal) - start);
    }

    private static string ReadSection()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '" + Heading + "' section");
        int end = readme.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        return readme.Substring(start, (end < 0 ? readme.Length : end) - start);
    }
}
