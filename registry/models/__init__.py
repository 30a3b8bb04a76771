from .reference import FederalDistrict, Municipality, MunicipalityKind, Region, Sphere

__all__ = ["FederalDistrict", "Municipality", "MunicipalityKind", "Region", "Sphere"]
