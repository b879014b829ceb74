using System.Linq;
using System.Text.Json;
using NewsGen.Tests.Generation;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary><c>newsgen show</c> prints the front matter, byline, dateline and section (JSON schema version 2 on, and text).</summary>
public sealed class ShowMetadataTests
{
    [Fact]
    public void Json_has_the_metadata_the_generator_reads()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("budget.txt", MetadataGenerationTests.FullArticle);

        CliRun run = CliRun.Of("show", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement article = json.RootElement;
        Assert.Equal(3, article.GetProperty("schemaVersion").GetInt32());
        JsonElement metadata = article.GetProperty("metadata");
        Assert.Equal(
            new[] { "frontMatter", "title", "date", "authors", "section", "tags", "source", "url", "other", "byline", "dateline" },
            metadata.EnumerateObject().Select(p => p.Name));

        JsonElement block = metadata.GetProperty("frontMatter");
        string text = MetadataGenerationTests.FullArticle;
        Assert.Equal(text.Substring(0, text.IndexOf("By Ann", System.StringComparison.Ordinal)), text.Substring(block.GetProperty("fileOffset").GetInt32(), block.GetProperty("length").GetInt32()));
        Assert.Equal(new[] { "title", "date", "authors", "tags", "source", "url", "desk", "priority" }, block.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Senate passes the budget: 51-49", metadata.GetProperty("title").GetString());
        JsonElement date = metadata.GetProperty("date");
        Assert.Equal((2024, 5, 1, true, 9, 30, 120), (date.GetProperty("year").GetInt32(), date.GetProperty("month").GetInt32(), date.GetProperty("day").GetInt32(), date.GetProperty("hasTime").GetBoolean(), date.GetProperty("hour").GetInt32(), date.GetProperty("minute").GetInt32(), date.GetProperty("offsetMinutes").GetInt32()));
        Assert.Equal(new[] { "Jane Doe", "Roe, John" }, metadata.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(new[] { "budget", "senate's vote" }, metadata.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("https://example.com/budget#update", metadata.GetProperty("url").GetString());
        Assert.Equal(new[] { "desk=Washington", "priority=1, 2" }, metadata.GetProperty("other").EnumerateArray().Select(e => e.GetProperty("key").GetString() + "=" + e.GetProperty("value").GetString()));
        Assert.Equal("By Ann Poe, Political Correspondent", metadata.GetProperty("byline").GetProperty("text").GetString());
        JsonElement dateline = metadata.GetProperty("dateline");
        Assert.Equal(("WASHINGTON", "May 1", "AP", 1), (dateline.GetProperty("place").GetString(), dateline.GetProperty("date").GetString(), dateline.GetProperty("agency").GetString(), dateline.GetProperty("paragraph").GetInt32()));
        Assert.Equal(new[] { true, false, false }, article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("isByline").GetBoolean()));
        Assert.Equal(13, article.GetProperty("paragraphs")[0].GetProperty("line").GetInt32());
        Assert.Equal("The Senate passed the budget on Tuesday.", article.GetProperty("lede").GetString());
    }

    [Fact]
    public void Json_without_metadata_has_nulls_and_empty_lists()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("plain.txt", "The council met.\n");

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("show", path, "--json").Out);
        JsonElement metadata = json.RootElement.GetProperty("metadata");

        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("frontMatter").ValueKind);
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("byline").ValueKind);
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("dateline").ValueKind);
        Assert.Equal(0, metadata.GetProperty("authors").GetArrayLength());
        Assert.Equal(string.Empty, metadata.GetProperty("section").GetString());
    }

    [Fact]
    public void The_section_of_a_file_in_date_folders_is_the_first_folder_that_is_not_a_date()
    {
        using var folder = new TempFolder();
        folder.WriteText("2019/01/04/slug.txt", "The council met.\n");
        folder.WriteText("2024/politics/vote.txt", "The council voted.\n");
        folder.WriteText("politics/2024/05/vote.txt", "The council voted again.\n");

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("show", folder.Path, "--json").Out);
        CliRun text = CliRun.Of("show", folder.Path);

        Assert.Equal(
            new[] { "2019/01/04/slug=", "2024/politics/vote=politics", "politics/2024/05/vote=politics" },
            json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString() + "=" + a.GetProperty("metadata").GetProperty("section").GetString()));
        Assert.Equal(2, text.OutLines.Count(line => line == "  section:    politics"));
        Assert.DoesNotContain(text.OutLines, line => line.StartsWith("  section:    20", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Text_output_shows_the_metadata_and_marks_the_byline_and_dateline()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("wire.txt", MetadataGenerationTests.WireArticle);

        CliRun run = CliRun.Of("show", path);

        Assert.Contains("  author:     JANE DOE (Associated Press)", run.OutLines);
        Assert.Contains("  dateline:   LONDON (AP)", run.OutLines);
        Assert.Contains(run.OutLines, line => line.StartsWith("    1 (line 1) [byline] By JANE DOE", System.StringComparison.Ordinal));
        Assert.Contains(run.OutLines, line => line.StartsWith("    2 (line 2) [dateline] LONDON (AP)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_a_malformed_block_as_the_build_does()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("bad.txt", "---\ndate: 2024-13-01\n---\nThe council met.\n");

        CliRun run = CliRun.Of("check", path);

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.OutLines);
        Assert.StartsWith(path + "(2,7,2,17): error NEWS022: The date '2024-13-01' is not an ISO 8601 date: month 13 does not exist.", line, System.StringComparison.Ordinal);
    }
}
