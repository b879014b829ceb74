using System;
using System.IO;
using System.Text;

namespace NewsGen.Tests.Infrastructure;

/// <summary>
/// A small consumer project in its own folder under the system temp directory, outside the repository so none
/// of the repository's MSBuild settings leak in, built with the real <c>dotnet build</c>. It references the
/// generator project exactly as the sample does. Deleted on dispose.
/// </summary>
internal sealed class TempProject : IDisposable
{
    private TempProject(string directory) => Directory = directory;

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    /// <summary>A project with its own empty Directory.Build.props/.targets and every *.txt under articles/ as articles.</summary>
    public static TempProject Create()
    {
        string directory = Path.Combine(Path.GetTempPath(), "newsgen-e2e-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "articles"));
        var project = new TempProject(directory);
        string src = Path.Combine(RepositoryRoot.Path, "src", "NewsGen");
        project.WriteText("Directory.Build.props", "<Project />\n");
        project.WriteText("Directory.Build.targets", "<Project />\n");
        project.WriteText("Directory.Packages.props", "<Project />\n");
        // A source file too: MSBuild discovers .globalconfig files in the folders above the Compile items.
        project.WriteText("Consumer.cs", "namespace Consumer { internal static class Marker { } }\n");
        project.WriteText("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/build/NewsGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/NewsGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <NewsArticle Include="articles/*.txt" />
              </ItemGroup>
              <Import Project="{src}/build/NewsGen.targets" />
            </Project>
            """);
        return project;
    }

    public void WriteText(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text, new UTF8Encoding(false));

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(Path.Combine(Directory, relativePath), bytes);

    /// <summary>Runs <c>dotnet build</c>, quietly, and returns its exit code and console output.</summary>
    public (int ExitCode, string Output) Build()
    {
        CliResult result = DotNetCli.RunAsync($"build \"{ProjectFile}\" --nologo -v:q", Directory).GetAwaiter().GetResult();
        return (result.ExitCode, result.Output);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a build process must not fail the test; the temp folder is cleaned by the OS.
        }
    }
}
