using System;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Integration;

/// <summary>The README's first command, run for real: the sample builds, shows the seed's one warning and prints the generated API.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task Sample_runs_on_the_seed_and_prints_who_said_what()
    {
        // Exactly the README's first command.
        string command = Readme.ReadmeSnippetTests.CommandLines(Readme.ReadmeDocument.Block("Try it", "sh"))[0];
        Assert.StartsWith("dotnet run ", command, StringComparison.Ordinal);
        CliResult run = await DotNetCli.RunAsync(command.Substring("dotnet ".Length), RepositoryRoot.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        string output = run.Output;
        Assert.Contains("NewsGen sample: 1 article(s) compiled into this program.", output, StringComparison.Ordinal);
        Assert.Contains("Article 000_e551924a018df44c", output, StringComparison.Ordinal);
        Assert.Contains("Lede:       Attorney General Jeff Sessions has no plans to resign, despite the latest public criticism from President Donald Trump, according to a source familiar with the situation.", output, StringComparison.Ordinal);
        Assert.Contains("Paragraphs: 15", output, StringComparison.Ordinal);
        Assert.Contains("Words:      449", output, StringComparison.Ordinal);
        Assert.Contains("Credit:     Jordyn Phelps (ABC News)", output, StringComparison.Ordinal);
        Assert.Contains("Anthony Scaramucci (White House communications director)", output, StringComparison.Ordinal);
        Assert.Contains("Sarah Sanders (White House press secretary)", output, StringComparison.Ordinal);
        Assert.Contains("Speakers across the corpus (4):", output, StringComparison.Ordinal);
        Assert.Contains("  Donald Trump: 8 quote(s) in 1 article(s)", output, StringComparison.Ordinal);
    }
}
