using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace NewsGen.Tests.Infrastructure;

/// <summary>A consumer the generated code must compile for: a framework's reference assemblies and a C# version.</summary>
public sealed record TargetProfile(string Name, IEnumerable<PortableExecutableReference> References, LanguageVersion LanguageVersion)
{
    public static readonly TargetProfile Net100 = new("net10.0", Basic.Reference.Assemblies.Net100.References.All, LanguageVersion.CSharp13);
    public static readonly TargetProfile Net80 = new("net8.0", Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp12);
    public static readonly TargetProfile NetStandard20 = new("netstandard2.0 C# 7.3", Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp7_3);

    public static TheoryData<string> Names => new() { Net100.Name, Net80.Name, NetStandard20.Name };

    public static TargetProfile ByName(string name) => name switch
    {
        "net10.0" => Net100,
        "net8.0" => Net80,
        _ => NetStandard20,
    };

    public override string ToString() => Name;
}
