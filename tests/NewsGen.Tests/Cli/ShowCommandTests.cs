using System.IO;
using System.Linq;
using System.Text.Json;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary><c>newsgen show</c>: the JSON document's places point at the file's text; diagnostics; several files.</summary>
public sealed class ShowCommandTests
{
    [Fact]
    public void Json_paragraph_places_point_at_their_text_in_the_file()
    {
        CliRun run = CliRun.Of("show", Seed.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement article = json.RootElement;
        Assert.Equal(JsonValueKind.Object, article.ValueKind);
        Assert.Equal(Seed.Path, article.GetProperty("file").GetString());
        string text = Seed.Text;
        string[] lines = text.Split('\n');
        JsonElement[] paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToArray();
        Assert.Equal(15, paragraphs.Length);
        foreach (JsonElement paragraph in paragraphs)
        {
            int offset = paragraph.GetProperty("fileOffset").GetInt32();
            int length = paragraph.GetProperty("length").GetInt32();
            int line = paragraph.GetProperty("line").GetInt32();
            int column = paragraph.GetProperty("column").GetInt32();
            Assert.Equal(paragraph.GetProperty("text").GetString(), text.Substring(offset, length));
            Assert.Equal(text.Take(offset).Count(c => c == '\n') + 1, line);
            Assert.Equal(offset - (text.LastIndexOf('\n', System.Math.Max(0, offset - 1)) + 1) + 1, column);
            Assert.Equal(lines[line - 1].TrimEnd('\r').Substring(column - 1, length), paragraph.GetProperty("text").GetString());
        }

        Assert.True(paragraphs[^1].GetProperty("isCredit").GetBoolean());
        JsonElement diagnostic = Assert.Single(article.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            new[] { "id", "severity", "message", "line", "column", "endLine", "endColumn" },
            diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("NEWS007", "warning", 5, 169, 5, 179), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("endLine").GetInt32(), diagnostic.GetProperty("endColumn").GetInt32()));
        Assert.Equal("regretsThe", lines[4].Substring(169 - 1, 179 - 169));
    }

    [Fact]
    public void Json_properties_keep_their_documented_order()
    {
        CliRun run = CliRun.Of("show", Seed.Path, "--json");

        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(
            new[] { "schemaVersion", "file", "id", "typeName", "qualifiedName", "layout", "title", "lede", "wordCount", "credit", "metadata", "paragraphs", "quotes", "speakers", "diagnostics" },
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            new[] { "index", "text", "isCredit", "isByline", "fileOffset", "length", "line", "column" },
            json.RootElement.GetProperty("paragraphs")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_quotes_carry_speaker_kind_parent_and_places_that_point_at_their_text()
    {
        CliRun run = CliRun.Of("show", Seed.Path, "--json");

        using JsonDocument json = JsonDocument.Parse(run.Out);
        string text = Seed.Text;
        JsonElement[] paragraphs = json.RootElement.GetProperty("paragraphs").EnumerateArray().ToArray();
        JsonElement[] quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToArray();
        Assert.NotEmpty(quotes);
        foreach (JsonElement quote in quotes)
        {
            string quoted = quote.GetProperty("text").GetString()!;
            string paragraph = paragraphs[quote.GetProperty("paragraph").GetInt32()].GetProperty("text").GetString()!;
            Assert.Equal(quoted, paragraph.Substring(quote.GetProperty("offset").GetInt32(), quote.GetProperty("length").GetInt32()));
            JsonElement place = quote.GetProperty("file");
            int offset = place.GetProperty("fileOffset").GetInt32();
            Assert.Equal(quoted, text.Substring(offset, place.GetProperty("length").GetInt32()));
            Assert.Equal(text.Take(offset).Count(c => c == '\n') + 1, place.GetProperty("line").GetInt32());
            Assert.Equal(offset - (text.LastIndexOf('\n', offset - 1) + 1) + 1, place.GetProperty("column").GetInt32());
        }

        JsonElement first = quotes[0];
        Assert.Equal(("statement", "Anthony Scaramucci", "White House communications director", JsonValueKind.Null), (first.GetProperty("kind").GetString(), first.GetProperty("speaker").GetString(), first.GetProperty("role").GetString(), first.GetProperty("parent").ValueKind));
        JsonElement nested = quotes.Single(q => q.GetProperty("kind").GetString() == "nested");
        Assert.Equal(JsonValueKind.Null, nested.GetProperty("speaker").ValueKind);
        JsonElement parent = quotes[nested.GetProperty("parent").GetInt32()];
        Assert.Contains(nested.GetProperty("text").GetString()!, parent.GetProperty("text").GetString()!, System.StringComparison.Ordinal);
        Assert.Equal(
            new[] { "Anthony Scaramucci", "Donald Trump", "Sarah Sanders", "Jeff Sessions" },
            json.RootElement.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public void Json_speakers_say_whether_they_are_a_person_an_organisation_or_a_description()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("kinds.txt", "\"We will rebuild,\" Mayor Jane Okafor said.\n\"We will appeal,\" the White House said.\n\"We are cooperating fully,\" a spokesman for the utility said.\n");

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("show", path, "--json").Out);

        Assert.Equal(
            new[] { "Jane Okafor person", "White House organization", "a spokesman for the utility description" },
            json.RootElement.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("name").GetString() + " " + s.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Several_files_give_one_corpus_document_with_the_articles_in_the_order_given()
    {
        using var folder = new TempFolder();
        string zulu = folder.WriteText("zulu.txt", "Zulu came first.\n");
        string alpha = folder.WriteText("alpha.txt", "Alpha came second, with a gluedWord.\n");

        CliRun run = CliRun.Of("show", zulu, alpha, "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(new[] { "schemaVersion", "articles", "speakers", "projectDiagnostics" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, json.RootElement.GetProperty("schemaVersion").GetInt32());
        JsonElement articles = json.RootElement.GetProperty("articles");
        Assert.Equal(new[] { zulu, alpha }, articles.EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        Assert.Equal(new[] { "zulu", "alpha" }, articles.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void Text_output_lists_paragraphs_and_diagnostics()
    {
        CliRun run = CliRun.Of("show", Seed.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  paragraphs: 15", run.OutLines);
        Assert.Contains("  diagnostics: 1", run.OutLines);
        Assert.Contains("    (5,169,5,179) warning NEWS007: 'regretsThe' looks like 'regrets' and 'The' glued together by a lost space or line break. Insert the break.", run.OutLines);
    }

    [Fact]
    public void Missing_binary_and_oversized_files_are_named_on_stderr_with_exit_code_2()
    {
        using var folder = new TempFolder();
        string binary = folder.WriteBytes("binary.txt", new byte[] { 0xFF, 0, 0, 0xFE });
        string large = folder.WriteText("large.txt", "Twelve bytes\n");
        string missing = folder.File("missing.txt");

        CliRun run = CliRun.Of("show", missing, binary, large, Seed.Path, "--json", "--max-bytes", "12");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            new[]
            {
                $"newsgen: {missing}: no such file or folder",
                $"newsgen: {binary}: binary file, not text (it is not UTF-8 and holds NUL bytes)",
                $"newsgen: {large}: larger than 12 bytes of UTF-8; the generator skips it",
                $"newsgen: {Seed.Path}: larger than 12 bytes of UTF-8; the generator skips it",
            },
            run.ErrorLines);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Empty(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("speakers").EnumerateArray());
    }
}
