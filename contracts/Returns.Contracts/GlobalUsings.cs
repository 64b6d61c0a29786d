global using Returns.Contracts.Model;
