using System.IO;
using System.Text.RegularExpressions;
using System;
using NewsGen.Tests.Infrastructure;
using NewsGen.Tests.Readme;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>
/// The analyzer inside a real <c>dotnet build</c>: exit codes, MSBuild's canonical <c>file(line,col,line,col)</c>
/// form, and severity set by a .globalconfig or WarningsAsErrors. Each build takes a while, so there are only a
/// few, and they run one after the other (one class) because all build the generator project.
/// </summary>
public sealed class EndToEndBuildTests
{
    [Fact]
    public void A_bad_article_fails_the_build_with_canonical_locations()
    {
        using var project = TempProject.Create();
        project.WriteBytes("articles/" + Seed.FileName, Seed.Bytes);
        project.WriteText("articles/control.txt", "A clean first line.\nThe tape\0 ran out.\n");
        // "caf" + 0xE9 (Latin-1 "é") + "s": not UTF-8, as a file saved in Windows-1252 would be. The compiler
        // decodes it with U+FFFD in place of the bad byte.
        project.WriteBytes("articles/latin1.txt", new byte[] { (byte)'O', (byte)'n', (byte)'e', (byte)'\n', (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'s', (byte)'.', (byte)'\n' });

        (int exitCode, string output) = project.Build();

        Assert.NotEqual(0, exitCode);
        AssertLine(output, "control.txt", @"\(2,9,2,10\): error NEWS005: The text holds control characters \(U\+0000\)");
        AssertLine(output, "latin1.txt", @"\(2,4,2,5\): error NEWS002: The article is not valid UTF-8 here: U\+FFFD");
        // The line README.md shows for the sample's seed, with this project's full path where MSBuild prints one.
        string shown = Assert.Single(ReadmeSnippetTests.Lines(ReadmeDocument.Block("Bad articles fail the build, pointing at the line", string.Empty)));
        Assert.StartsWith("seeds/" + Seed.FileName, shown, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(project.Directory, "articles") + Path.DirectorySeparatorChar + shown.Substring("seeds/".Length), output, StringComparison.Ordinal);
        Assert.DoesNotMatch(Regex.Escape(Seed.FileName) + @"\(\d+,\d+,\d+,\d+\): error", output);
    }

    [Fact]
    public void A_globalconfig_raises_the_seed_warning_to_an_error()
    {
        using var project = TempProject.Create();
        project.WriteBytes("articles/seed.txt", Seed.Bytes);
        project.WriteText(".globalconfig", ReadmeDocument.Block("Bad articles fail the build, pointing at the line", "ini"));   // as README.md shows it

        (int exitCode, string output) = project.Build();

        Assert.NotEqual(0, exitCode);
        AssertLine(output, "seed.txt", @"\(5,169,5,179\): error NEWS007: 'regretsThe'");
        Assert.DoesNotMatch(@"warning NEWS", output);
    }

    [Fact]
    public void WarningsAsErrors_raises_a_quotation_warning_to_an_error_and_fails_the_build()
    {
        using var project = TempProject.Create();
        project.WriteText("articles/clean.txt", "The council met on Monday.\n\"We are ready,\" the mayor said.\n");
        project.WriteText("articles/unclosed.txt", "Fine first line.\nHe said, \"We will rebuild the bridge.\nThe council met.\n");

        // The default first: a quotation-mark fault is a warning, so the build succeeds and says where it is.
        (int defaultExit, string defaultOutput) = project.Build();
        Assert.Equal(0, defaultExit);
        AssertLine(defaultOutput, "unclosed.txt", @"\(2,10,2,11\): warning NEWS003: The quotation mark '""'");

        // Raised the way CI does it: the same build fails with the same diagnostic as an error.
        // README.md's block, as a Directory.Build.props that only CI uses would hold it.
        project.WriteText("Directory.Build.props", "<Project>\n" + ReadmeDocument.Block("Bad articles fail the build, pointing at the line", "xml") + "</Project>\n");
        (int raisedExit, string raisedOutput) = project.Build();
        Assert.NotEqual(0, raisedExit);
        AssertLine(raisedOutput, "unclosed.txt", @"\(2,10,2,11\): error NEWS003: The quotation mark '""'");
        Assert.DoesNotMatch(@"clean\.txt", raisedOutput);
    }

    private static void AssertLine(string output, string fileName, string rest) =>
        Assert.Matches(new Regex(Regex.Escape(Path.DirectorySeparatorChar + "articles" + Path.DirectorySeparatorChar + fileName) + rest, RegexOptions.Multiline), output);
}
