using System.Collections.Generic;
using System.Linq;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>
/// Every name in a bindings table exists in the library's API (the stub copies the real signatures): a misspelt
/// member would never match and its rule would go silent without any test failing.
/// </summary>
public sealed class BindingTableTests
{
    private static readonly Compilation Default = CSharpCompilation.Create("Bindings", references: TestReferences.All);

    // IdentityServer4 declares the same registration methods as Duende: it is compiled on its own.
    private static readonly Compilation IdentityServer4 = CSharpCompilation.Create("Bindings", references: TestReferences.IdentityServer4());

    private static Compilation Library = Default;

    public static TheoryData<string> LibraryNames()
    {
        var data = new TheoryData<string>();
        foreach (var library in Libraries.All)
        {
            data.Add(library.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibraryNames))]
    public void Every_bound_type_member_and_parameter_exists(string name)
    {
        var library = Libraries.All.Single(l => l.Name == name);
        Library = name == "IdentityServer4" ? IdentityServer4 : Default;
        var missing = new List<string>();
        foreach (var gate in library.GateTypes)
        {
            Require(Type(gate), "gate type " + gate, missing);
        }

        foreach (var model in library.Models)
        {
            Assert.False(model.Properties.IsDefault || model.Defaults.IsDefault, model.TypeName + " has an uninitialized table");
            var type = Type(model.TypeName);
            Require(type, "model " + model.TypeName, missing);
            // A builder's properties are its options' (ModelBinding.MembersOf).
            var members = model.MembersOf is { } options ? Type(options) : type;
            Require(members, "options " + model.MembersOf, missing);
            foreach (var property in model.Properties)
            {
                Require(members is null ? null : Property(members, property.Member), (model.MembersOf ?? model.TypeName) + "." + property.Member, missing);
            }
        }

        foreach (var entry in library.Entries)
        {
            // A default array here means a static field read before its initializer ran (text order).
            Assert.False(entry.Parameters.IsDefault || entry.Defaults.IsDefault, entry.Method + " has an uninitialized table");
            var method = Methods(entry.TypeName, entry.Method).FirstOrDefault(m => m.IsStatic);
            Require(method, entry.TypeName + "." + entry.Method, missing);
            Require(Type(entry.ResultModel), "result model " + entry.ResultModel, missing);
            foreach (var parameter in entry.Parameters)
            {
                Require(method?.Parameters.FirstOrDefault(p => p.Name == parameter.Parameter), entry.Method + "(" + parameter.Parameter + ")", missing);
            }
        }

        foreach (var call in library.Calls)
        {
            Assert.False(call.Effects.IsDefaultOrEmpty, call.Method + " has no effect");
            var methods = Methods(call.TypeName, call.Method).ToList();
            Require(methods.FirstOrDefault(), call.TypeName + "." + call.Method, missing);
            foreach (var effect in call.Effects.Where(e => e.Kind == EffectKind.SetFromArgument))
            {
                Require(methods.SelectMany(m => m.Parameters).FirstOrDefault(p => p.Name == effect.Parameter), call.Method + "(" + effect.Parameter + ")", missing);
            }
        }

        foreach (var registration in library.Registrations)
        {
            var method = Methods(registration.TypeName, registration.Method).FirstOrDefault(m => m.Parameters.Any(p => p.Name == registration.CallbackParameter))
                ?? Methods(registration.TypeName, registration.Method).FirstOrDefault();
            Require(method, registration.TypeName + "." + registration.Method, missing);
            Require(method?.Parameters.FirstOrDefault(p => p.Name == registration.CallbackParameter), registration.Method + "(" + registration.CallbackParameter + ")", missing);
            Require(Type(registration.OptionsType), "options " + registration.OptionsType, missing);
        }

        foreach (var known in library.KnownValues)
        {
            var member = Type(known.TypeName)?.GetMembers(known.Field).FirstOrDefault(m => m is IFieldSymbol or IPropertySymbol { IsStatic: true });
            Require(member, known.TypeName + "." + known.Field, missing);
            Assert.False(member is IFieldSymbol { IsConst: true }, known.Field + " is const: read it as a constant, not as a known value");
        }

        foreach (var objectValue in library.ObjectValues)
        {
            var type = Type(objectValue.TypeName);
            Require(type is null ? null : objectValue.Member is null ? type : Property(type, objectValue.Member), objectValue.TypeName + "." + objectValue.Member, missing);
            if (objectValue.Parameter is { } parameter)
            {
                Require(type?.InstanceConstructors.SelectMany(c => c.Parameters).FirstOrDefault(p => p.Name == parameter), objectValue.TypeName + "(" + parameter + ")", missing);
            }
        }

        Assert.True(missing.Count == 0, "not in the library's API: " + string.Join(", ", missing));
    }

    private static INamedTypeSymbol? Type(string metadataName) => Library.GetTypesByMetadataName(metadataName).FirstOrDefault();

    private static IEnumerable<IMethodSymbol> Methods(string typeName, string method)
        => Library.GetTypesByMetadataName(typeName).SelectMany(t => t.GetMembers(method)).OfType<IMethodSymbol>();

    private static IPropertySymbol? Property(ITypeSymbol type, string path)
    {
        IPropertySymbol? property = null;
        ITypeSymbol? current = type;
        foreach (var part in path.Split('.'))
        {
            property = current?.GetMembers(part).OfType<IPropertySymbol>().FirstOrDefault();
            current = property?.Type;
        }

        return property;
    }

    private static void Require(object? found, string what, List<string> missing)
    {
        if (found is null)
        {
            missing.Add(what);
        }
    }
}
