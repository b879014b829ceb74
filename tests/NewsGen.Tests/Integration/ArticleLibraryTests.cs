using System;
using System.IO;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;
using NewsGen.Tests.Readme;
using Xunit;

namespace NewsGen.Tests.Integration;

/// <summary>
/// The layout the README recommends for large corpora, built for real from the packed package: the articles in a
/// class library of their own (the README's package reference), an app that references it with the README's
/// <c>ProjectReference</c>. The app must read the library's articles, and an edit of the app's code must recompile
/// the app alone: MSBuild skips the library's compile, so neither its text nor NewsGen costs anything again.
/// </summary>
public sealed class ArticleLibraryTests
{
    private const string Story = "Harbour traffic doubled in March.\nThe port authority said the new quay had paid off.\n";

    [Fact]
    public async Task An_app_reads_the_articles_library_and_an_edit_of_its_code_does_not_recompile_the_library()
    {
        PackedFeed feed = await PackedPackage.GetAsync();
        ConsumerProject library = ConsumerProject.CreateWithItems(feed, "Articles", "    <TargetFramework>net10.0</TargetFramework>", ReadmeSnippet.ItemGroup)
            .WithFile("articles/harbour.txt", Story);
        ConsumerProject app = ConsumerProject.CreateWithItems(feed, "NewsApp", "    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>", ReadmeSnippet.ArticleLibraryReference)
            .WithFile("Program.cs", Program("first"));

        CliResult build = await app.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        string libraryDll = Path.Combine(library.Directory, "obj", "Debug", "net10.0", "Articles.dll");
        string appDll = Path.Combine(app.Directory, "obj", "Debug", "net10.0", "NewsApp.dll");
        Assert.True(File.Exists(libraryDll), "the library was not built through the app's reference");

        CliResult run = await DotNetCli.RunAsync("bin/Debug/net10.0/NewsApp.dll", app.Directory);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("first: 1 article(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains(": Harbour traffic doubled in March.", run.Output, StringComparison.Ordinal);

        DateTime libraryWritten = File.GetLastWriteTimeUtc(libraryDll);
        DateTime appWritten = File.GetLastWriteTimeUtc(appDll);
        app.WithFile("Program.cs", Program("second"));
        CliResult rebuild = await app.BuildAsync();
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());

        // The app was compiled again (its output changed) and the library was not (its assembly is the same file).
        Assert.NotEqual(appWritten, File.GetLastWriteTimeUtc(appDll));
        Assert.Equal(libraryWritten, File.GetLastWriteTimeUtc(libraryDll));
        CliResult rerun = await DotNetCli.RunAsync("bin/Debug/net10.0/NewsApp.dll", app.Directory);
        Assert.Contains("second: 1 article(s)", rerun.Output, StringComparison.Ordinal);
    }

    // The app's code reads the library's generated API; the marker shows which version of the code ran.
    private static string Program(string marker) => $$"""
        using Consumer.Articles;

        System.Console.WriteLine("{{marker}}: " + NewsCorpus.Count + " article(s)");
        foreach (NewsArticle article in NewsCorpus.Articles)
        {
            System.Console.WriteLine(article.Id + ": " + article.Lede);
        }

        """;
}
