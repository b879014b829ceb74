using System.IO;
using System.Linq;
using System.Text;
using NewsGen.Tests.Analysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary><c>newsgen check</c> in-process: canonical lines, exit codes, severity configuration, bad input.</summary>
public sealed class CheckCommandTests
{
    private const string SeedWarning = "(5,169,5,179): warning NEWS007: 'regretsThe' looks like 'regrets' and 'The' glued together by a lost space or line break. Insert the break.";

    [Fact]
    public void The_seed_gives_its_one_glued_text_warning_and_exit_code_0()
    {
        CliRun run = CliRun.Of("check", Seed.Path);

        Assert.Equal(new[] { Seed.Path + SeedWarning }, run.OutLines);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Required_metadata_gives_NEWS024_on_each_article_of_a_folder_that_lacks_a_key()
    {
        using var folder = new TempFolder();
        string undated = folder.WriteText("articles/undated.txt", "---\ntitle: Storm\n---\nA storm hit the coast.\n");
        string final = folder.WriteText("articles/sport/final.txt", "---\ntitle: Final\n---\nThe home side won.\n");
        folder.WriteText("articles/full.txt", "---\ndate: 2024-05-01\nsection: city\n---\nThe council met.\n");
        string articles = Path.Combine(folder.Path, "articles");
        const string Missing = "(1,1,1,4): warning NEWS024: The project requires the metadata key '{0}' (NewsGenRequiredMetadata), and this article does not give it. Add '{0}: ...' to the article's front matter.";

        // Commas as well as semicolons, as the property is read; the folder gives sport/final.txt its section.
        CliRun run = CliRun.Of("check", "--required-metadata", "date, section", articles);
        CliRun without = CliRun.Of("check", articles);

        Assert.Equal(
            new[] { final + Format(Missing, "date"), undated + Format(Missing, "date"), undated + Format(Missing, "section") }.Order(System.StringComparer.Ordinal),
            run.OutLines.Order(System.StringComparer.Ordinal));
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(without.OutLines);

        static string Format(string format, string key) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, key);
    }

    [Fact]
    public void A_folder_is_searched_and_paths_print_as_given()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("articles/" + Seed.FileName, Seed.Bytes);
        folder.WriteText("articles/notes.md", "not an article\0");

        CliRun run = CliRun.Of("check", Path.Combine(folder.Path, "articles"));

        Assert.Equal(new[] { Path.Combine(folder.Path, "articles", Seed.FileName) + SeedWarning }, run.OutLines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Every_bad_file_of_the_analyzer_suite_gives_its_diagnostic_and_exit_code_1()
    {
        using var folder = new TempFolder();
        BadArticleFiles.Case[] cases = BadArticleFiles.All.ToArray();
        foreach (BadArticleFiles.Case bad in cases)
        {
            BadFilesOnDisk.Write(folder, bad.File);
        }

        CliRun run = CliRun.Of("check", folder.Path);

        string[] expected = cases.SelectMany(c => c.Expected.Split(';')).Order(System.StringComparer.Ordinal).ToArray();
        string[] actual = run.OutLines.Select(BadFilesOnDisk.Describe).Order(System.StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        Assert.All(run.OutLines, line => Assert.StartsWith(folder.Path + Path.DirectorySeparatorChar, line));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_globalconfig_raises_the_seed_warning_to_an_error_and_exit_code_1()
    {
        using var folder = new TempFolder();
        string seed = folder.WriteBytes("articles/seed.txt", Seed.Bytes);
        folder.WriteText(".globalconfig", "is_global = true\ndotnet_diagnostic.NEWS007.severity = error\n");

        CliRun run = CliRun.Of("check", seed);

        Assert.Equal(new[] { seed + SeedWarning.Replace("warning NEWS007", "error NEWS007", System.StringComparison.Ordinal) }, run.OutLines);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Severity_none_silences_a_diagnostic_and_an_error_can_be_lowered()
    {
        using var folder = new TempFolder();
        string seed = folder.WriteBytes("seed.txt", Seed.Bytes);
        string control = folder.WriteText("control.txt", "The tape\0 ran out.\n");
        folder.WriteText(".globalconfig", "dotnet_diagnostic.NEWS007.severity = none\ndotnet_diagnostic.NEWS005.severity = warning\n");

        CliRun run = CliRun.Of("check", seed, control);

        Assert.Equal(new[] { control + "(1,9,1,10): warning NEWS005: The text holds control characters (U+0000) that no reader sees. Delete them or replace them with the characters meant." }, run.OutLines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Editorconfig_sections_do_not_reach_article_files_as_in_a_build()
    {
        // A build applies [*.txt] and [*] sections to source files only (see EndToEndBuildTests); so does the tool.
        using var folder = new TempFolder();
        string seed = folder.WriteBytes("seed.txt", Seed.Bytes);
        folder.WriteText(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.NEWS007.severity = error\n[*]\ndotnet_diagnostic.NEWS007.severity = error\n");

        CliRun run = CliRun.Of("check", seed);

        Assert.Equal(new[] { seed + SeedWarning }, run.OutLines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void An_editorconfig_marked_global_counts_like_a_globalconfig()
    {
        using var folder = new TempFolder();
        string seed = folder.WriteBytes("a/b/seed.txt", Seed.Bytes);
        folder.WriteText(".editorconfig", "is_global = true\ndotnet_diagnostic.NEWS007.severity = silent\n");

        CliRun run = CliRun.Of("check", seed);

        Assert.Empty(run.OutLines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Limits_and_the_paragraph_rule_are_options()
    {
        using var folder = new TempFolder();
        string file = folder.WriteText("a.txt", "Title\n\nFirst line of a paragraph\nwrapped onto a second line.\n\nShort one.\n");

        CliRun lines = CliRun.Of("check", file, "--max-paragraph-length", "20");
        CliRun blankLines = CliRun.Of("check", file, "--max-paragraph-length", "20", "--paragraphs", "BlankLines");
        CliRun tooLarge = CliRun.Of("check", file, "--max-bytes", "72");

        Assert.Equal(new[] { "NEWS009 a.txt(3,1,3,26)", "NEWS009 a.txt(4,1,4,28)" }, lines.OutLines.Select(BadFilesOnDisk.Describe));
        Assert.Equal(new[] { "NEWS009 a.txt(3,1,4,28)" }, blankLines.OutLines.Select(BadFilesOnDisk.Describe));
        Assert.Equal(new[] { file + "(1,1,1,1): error NEWS010: The article takes 73 bytes, more than the 72 allowed by NewsGenMaxArticleBytes, so no code is generated for it. Split the file or raise NewsGenMaxArticleBytes." }, tooLarge.OutLines);
        Assert.Equal(1, tooLarge.ExitCode);
    }

    [Fact]
    public void Two_files_mapping_to_one_type_name_clash_as_in_a_build()
    {
        using var folder = new TempFolder();
        string upper = folder.WriteText("Story.txt", "One.\n");
        string lower = folder.WriteText("story.txt", "Two.\n");

        CliRun run = CliRun.Of("check", folder.Path);

        Assert.Equal(
            new[]
            {
                $"{upper}(1,1,1,1): error NEWS011: This article and '{lower}' both map to the generated type name 'Story', so none of them is generated. Rename one of the files.",
                $"{lower}(1,1,1,1): error NEWS011: This article and '{upper}' both map to the generated type name 'Story', so none of them is generated. Rename one of the files.",
            },
            run.OutLines);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_file_named_twice_is_checked_once()
    {
        CliRun run = CliRun.Of("check", Seed.Path, Path.GetDirectoryName(Seed.Path)!);

        Assert.Equal(new[] { Seed.Path + SeedWarning }, run.OutLines);
    }

    [Fact]
    public void Missing_paths_and_empty_folders_are_bad_input_but_the_other_files_are_still_checked()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("empty"));

        CliRun run = CliRun.Of("check", folder.File("missing.txt"), folder.File("empty"), Seed.Path);

        Assert.Equal(new[] { Seed.Path + SeedWarning }, run.OutLines);
        Assert.Equal(new[] { $"newsgen: {folder.File("missing.txt")}: no such file or folder", $"newsgen: {folder.File("empty")}: no *.txt files in this folder" }, run.ErrorLines);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Binary_and_unreadable_files_are_NEWS013_with_the_reason_on_stderr()
    {
        using var folder = new TempFolder();
        // Not UTF-8 and two NULs in a row: the compiler's rule for a binary file.
        string binary = folder.WriteBytes("image.txt", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE });
        string broken = folder.File("broken.txt");
        File.CreateSymbolicLink(broken, folder.File("nowhere/gone.txt"));
        Directory.CreateDirectory(folder.File("folder.txt"));

        CliRun run = CliRun.Of("check", folder.Path);

        const string Unreadable = "(1,1,1,1): error NEWS013: The article file could not be read, so no code is generated for it. Check that the file exists and can be read.";
        Assert.Equal(new[] { broken + Unreadable, binary + Unreadable }, run.OutLines);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith($"newsgen: {broken}: cannot read:", run.ErrorLines[0], System.StringComparison.Ordinal);
        Assert.Equal($"newsgen: {binary}: binary file, not text (it is not UTF-8 and holds NUL bytes)", run.ErrorLines[1]);
        Assert.DoesNotContain("   at ", run.Error, System.StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_text_file_with_a_stray_NUL_is_an_article_with_NEWS005_not_a_binary_file()
    {
        using var folder = new TempFolder();
        string file = folder.WriteBytes("nul.txt", Encoding.UTF8.GetBytes("A tape\0\0 ran.\n"));

        CliRun run = CliRun.Of("check", file);

        Assert.Equal(new[] { "NEWS005 nul.txt(1,7,1,9)" }, run.OutLines.Select(BadFilesOnDisk.Describe));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check --max-bytes 0 x.txt")]
    [InlineData("check --format xml x.txt")]
    [InlineData("check --paragraphs Sentences x.txt")]
    [InlineData("frobnicate x.txt")]
    public void Bad_usage_is_exit_code_2_with_a_message(string arguments)
    {
        CliRun run = CliRun.Of(arguments.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newsgen: ", run.Error, System.StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
