using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Locator;

namespace NewsGen.Cli.Projects;

/// <summary>
/// Makes the MSBuild of the installed .NET SDK the one this process loads, as <c>dotnet format</c> does: the
/// tool ships no MSBuild of its own (Microsoft.Build is a compile-time reference only), so the SDK's targets,
/// SDK resolvers and NuGet imports are read by the MSBuild they were written for. This must run before any
/// method that uses an MSBuild type is compiled, so no MSBuild type appears here.
/// </summary>
internal static class MsBuildLocation
{
    private static readonly object Gate = new();

    /// <summary>Registers the SDK that <c>dotnet build</c> would use in <paramref name="projectFolder"/> (its global.json counts); once per process.</summary>
    /// <returns>Null on success, else why no SDK could be used.</returns>
    public static string? EnsureRegistered(string projectFolder)
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return null;
            }

            try
            {
                VisualStudioInstance? sdk = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
                {
                    DiscoveryTypes = DiscoveryType.DotNetSdk,
                    WorkingDirectory = Path.GetFullPath(projectFolder),
                }).OrderByDescending(instance => instance.Version).FirstOrDefault();
                if (sdk is null)
                {
                    return "no .NET SDK found to evaluate the project with (install one, or check DOTNET_ROOT and PATH)";
                }

                MSBuildLocator.RegisterInstance(sdk);
                return null;
            }
            catch (InvalidOperationException e)
            {
                return "cannot use the .NET SDK's MSBuild: " + e.Message;
            }
        }
    }
}
