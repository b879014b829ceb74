using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Integration;

/// <summary>
/// Packs the generator once per test run into a temporary feed; every package test consumes that one package.
/// Consumers restore into a private packages folder, so a stale NewsGen in the user's global cache can never
/// stand in for the package under test.
/// </summary>
internal static class PackedPackage
{
    public const string Version = "0.1.0";

    private static readonly Lazy<Task<PackedFeed>> Feed = new(PackAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<PackedFeed> GetAsync() => Feed.Value;

    private static async Task<PackedFeed> PackAsync()
    {
        string root = Directory.CreateTempSubdirectory("newsgen-package-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        string feed = Path.Combine(root, "feed");
        string packages = Path.Combine(root, "packages");
        string project = Path.Combine(RepositoryRoot.Path, "src", "NewsGen", "NewsGen.csproj");
        CliResult pack = await DotNetCli.RunAsync($"pack \"{project}\" -c Release -o \"{feed}\" -p:Version={Version}", RepositoryRoot.Path);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack);
        }

        return new PackedFeed(root, feed, packages, Path.Combine(feed, $"NewsGen.{Version}.nupkg"));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still in use: the temporary folder is left for the OS to clean, which is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}

/// <summary>Where the packed package lives and where consumers restore to.</summary>
internal sealed record PackedFeed(string Root, string FeedFolder, string PackagesFolder, string PackagePath);
