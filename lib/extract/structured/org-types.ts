// schema.org types whose `name` is the name of an organisation a lead is about: Organization and LocalBusiness with
// their subtypes (schema.org's type hierarchy, the ones a business page uses), so a FurnitureStore, a Dentist or a
// WholesaleStore is named from its markup rather than from the page's headings. Things with contact data that are
// not organisations (an airport, an apartment, an event venue) keep their phones and addresses but not their names.

const NAMES = `Organization Organisation Corporation Company LocalBusiness OnlineBusiness OnlineStore Place Airline
Consortium Cooperative NGO NewsMediaOrganization ResearchOrganization WorkersUnion PoliticalParty GovernmentOrganization EducationalOrganization
CollegeOrUniversity School ElementarySchool HighSchool MiddleSchool Preschool MedicalOrganization DiagnosticLab
VeterinaryCare AnimalShelter ArchiveOrganization ChildCare Dentist DryCleaningOrLaundry EmploymentAgency
EntertainmentBusiness ArtGallery Casino ComedyClub MovieTheater NightClub AmusementPark FinancialService
AccountingService BankOrCreditUnion InsuranceAgency FoodEstablishment Bakery BarOrPub Brewery CafeOrCoffeeShop
Distillery FastFoodRestaurant IceCreamShop Restaurant Winery GovernmentOffice PostOffice HealthAndBeautyBusiness
BeautySalon DaySpa HairSalon HealthClub NailSalon TattooParlor HomeAndConstructionBusiness Electrician
GeneralContractor HVACBusiness HousePainter Locksmith MovingCompany Plumber RoofingContractor InternetCafe
LegalService EmergencyService Attorney Notary Library LodgingBusiness BedAndBreakfast Campground Hostel Hotel Motel Resort
MedicalBusiness MedicalClinic Optician Pharmacy Physician Physiotherapy Hospital ProfessionalService RadioStation
TelevisionStation RealEstateAgent RecyclingCenter SelfStorage ShoppingCenter TouristInformationCenter TravelAgency
AutomotiveBusiness AutoBodyShop AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash GasStation
MotorcycleDealer MotorcycleRepair ExerciseGym GolfCourse SportsClub BowlingAlley Store BikeStore BookStore
ClothingStore ComputerStore ConvenienceStore DepartmentStore ElectronicsStore Florist FurnitureStore GardenStore
GroceryStore HardwareStore HobbyShop HomeGoodsStore JewelryStore LiquorStore MensClothingStore MobilePhoneStore
MovieRentalStore MusicStore OfficeEquipmentStore OutletStore PawnShop PetStore ShoeStore SportingGoodsStore
TireShop ToyStore WholesaleStore`;

const ORG_TYPES: ReadonlySet<string> = new Set(NAMES.split(/\s+/));
// Extensions and newer subtypes follow schema.org's naming: …Store, …Shop, …Business, …Agency, …Organization.
const ORG_SUFFIX = /(?:Store|Shop|Business|Agency|Organi[sz]ation|Company|Contractor|Restaurant|Clinic)$/;
// Inside another thing, only the general organisation types name a lead of their own: a store's pharmacy
// (`department`), the restaurant of a booking (`reservationFor`) or an event's venue are parts of that thing, and a
// band (`performer`) is not a business contact at all, so none of them is a separate card.
const NESTED_ORG =
  /^(?:Organi[sz]ation|Corporation|Company|LocalBusiness|GovernmentOrganization|EducationalOrganization|School|CollegeOrUniversity|Store|OnlineStore|Restaurant|Hotel|Place)$/;

/**
 * True when a thing of this schema.org type (a bare name or a schema.org URL) names an organisation: any
 * organisation or local business type at the top of the markup, the general ones when nested in another thing.
 */
export function isOrgType(type: string, nested = false): boolean {
  const t = type.replace(/^https?:\/\/schema\.org\//i, '');
  if (nested) return NESTED_ORG.test(t);
  return ORG_TYPES.has(t) || ORG_SUFFIX.test(t);
}
