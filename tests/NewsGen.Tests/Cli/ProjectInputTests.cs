using System.IO;
using System.Linq;
using System.Text.Json;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// Which paths mean a project, what a folder holding one means, and the errors (exit code 2, a message naming the
/// path) for a project that cannot be checked; plus the ids plain folders give, as a wildcard item would.
/// </summary>
public sealed class ProjectInputTests
{
    private const string SeedWarning = "(5,169,5,179): warning NEWS007: 'regretsThe' looks like 'regrets' and 'The' glued together by a lost space or line break. Insert the break.";

    [Fact]
    public void A_folder_holding_one_project_is_that_project_and_loose_txt_files_beside_it_are_not_articles()
    {
        using var folder = new TempFolder();
        string project = WriteProject(folder, "News.csproj", """<NewsArticle Include="articles/*.txt" />""");
        string seed = folder.WriteBytes("articles/seed.txt", Seed.Bytes);
        folder.WriteText("notes.txt", "A loose note with an \"unclosed quote.\n");

        CliRun fromFolder = CliRun.Of("check", folder.Path);
        CliRun fromProject = CliRun.Of("check", project);

        Assert.Equal(new[] { seed + SeedWarning }, fromFolder.OutLines);
        Assert.Equal(fromProject.OutLines, fromFolder.OutLines);
        Assert.Equal(0, fromFolder.ExitCode);
    }

    [Fact]
    public void A_folder_with_several_projects_is_refused_with_exit_code_2()
    {
        using var folder = new TempFolder();
        WriteProject(folder, "One.csproj", """<NewsArticle Include="*.txt" />""");
        WriteProject(folder, "Two.csproj", """<NewsArticle Include="*.txt" />""");
        folder.WriteBytes("seed.txt", Seed.Bytes);

        CliRun run = CliRun.Of("check", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.OutLines);
        Assert.Equal(new[] { $"newsgen: {folder.Path}: this folder holds 2 project files (One.csproj, Two.csproj); name the one to check" }, run.ErrorLines);
    }

    [Fact]
    public void A_project_that_does_not_load_is_an_error_naming_it_with_exit_code_2()
    {
        using var folder = new TempFolder();
        string project = folder.WriteText("Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>\n");

        CliRun run = CliRun.Of("show", project);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.OutLines);
        string error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"newsgen: {project}: the project does not load: ", error);
    }

    [Fact]
    public void A_project_without_articles_or_without_NewsGen_imported_says_so_with_exit_code_2()
    {
        using var folder = new TempFolder();
        string none = WriteProject(folder, "None.csproj", string.Empty);
        string notImported = folder.WriteText("NotImported.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><NewsArticle Include="*.txt" /></ItemGroup>
            </Project>
            """);
        folder.WriteBytes("seed.txt", Seed.Bytes);

        CliRun withoutArticles = CliRun.Of("check", none);
        CliRun withoutTargets = CliRun.Of("check", notImported);

        Assert.Equal((2, $"newsgen: {none}: the project has no NewsArticle items"), (withoutArticles.ExitCode, Assert.Single(withoutArticles.ErrorLines)));
        Assert.Equal(2, withoutTargets.ExitCode);
        Assert.Contains("NewsGen's build files are not imported", Assert.Single(withoutTargets.ErrorLines), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_is_checked_on_its_own()
    {
        using var folder = new TempFolder();
        string project = WriteProject(folder, "News.csproj", """<NewsArticle Include="*.txt" />""");
        string seed = folder.WriteBytes("seed.txt", Seed.Bytes);

        CliRun run = CliRun.Of("check", project, seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { $"newsgen: {project}: a project is checked on its own; name one project, or only article files and folders" }, run.ErrorLines);
    }

    [Fact]
    public void Options_given_on_the_command_line_override_the_project_like_dash_p_on_a_build()
    {
        using var folder = new TempFolder();
        string project = WriteProject(folder, "News.csproj", """<NewsArticle Include="*.txt" />""", "<NewsGenMaxParagraphLength>40</NewsGenMaxParagraphLength>");
        string article = folder.WriteText("story.txt", "A first paragraph that runs past forty characters of text.\n");

        CliRun fromProject = CliRun.Of("check", project);
        CliRun overridden = CliRun.Of("check", project, "--max-paragraph-length", "100");

        Assert.Equal(article + "(1,1,1,59): warning NEWS009: This paragraph is 58 characters long, more than the 40 allowed by NewsGenMaxParagraphLength, so line breaks were probably lost. Split it into paragraphs, one per line, or raise NewsGenMaxParagraphLength.", Assert.Single(fromProject.OutLines));
        Assert.Empty(overridden.OutLines);
    }

    [Fact]
    public void A_plain_folder_gives_the_ids_a_wildcard_item_gives_so_repeated_file_names_in_sections_do_not_clash()
    {
        using var folder = new TempFolder();
        folder.WriteText("corpus/business/001.txt", "Shares rose.\n");
        folder.WriteText("corpus/sport/001.txt", "The home side won.\n");
        folder.WriteText("corpus/2024/05/01/storm.txt", "A storm hit the coast.\n");

        CliRun check = CliRun.Of("check", folder.File("corpus"));
        CliRun show = CliRun.Of("show", "--json", folder.File("corpus"));

        Assert.Equal((0, string.Empty), (check.ExitCode, check.Out));
        using JsonDocument json = JsonDocument.Parse(show.Out);
        Assert.Equal(
            new[] { ("2024/05/01/storm", "NewsGen.Articles._2024._05._01.Storm"), ("business/001", "NewsGen.Articles.Business.Article001"), ("sport/001", "NewsGen.Articles.Sport.Article001") },
            json.RootElement.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("qualifiedName").GetString()!)));
    }

    // A project like a user's: NewsGen's props and targets imported (here from the repository, as the package would).
    private static string WriteProject(TempFolder folder, string name, string items, string properties = "")
    {
        string src = Path.Combine(RepositoryRoot.Path, "src", "NewsGen", "build");
        folder.WriteText("Directory.Build.props", "<Project />\n");
        folder.WriteText("Directory.Build.targets", "<Project />\n");
        return folder.WriteText(name, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/NewsGen.props" />
              <PropertyGroup><TargetFramework>net10.0</TargetFramework>{properties}</PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
              <Import Project="{src}/NewsGen.targets" />
            </Project>
            """);
    }
}
